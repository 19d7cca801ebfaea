"""The Elasticsearch adapter without a server: errors, query bodies, lazy import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from chainkg.errors import BackendUnavailable
from chainkg.search.port import SearchFilters
from chainkg.search.text import plan_query
from chainkg.services import open_search_index
from chainkg.settings import ElasticSettings, Settings

pytest.importorskip("elasticsearch")


def test_an_unreachable_server_is_backend_unavailable_naming_the_url() -> None:
    from chainkg.search.elastic_index import ElasticSearchIndex

    index = ElasticSearchIndex(ElasticSettings(url="http://127.0.0.1:9"), request_timeout=2)
    with pytest.raises(BackendUnavailable, match=r"http://127\.0\.0\.1:9 is unreachable"):
        index.initialize()


def test_query_bodies_carry_user_text_only_as_values() -> None:
    from chainkg.search.elastic_index import ElasticSearchIndex

    hostile = 'a" OR *:* } {"script": 1} tokens:x \\'
    plan = plan_query(hostile, entity_ids=["zon_1"])
    body = ElasticSearchIndex._query(plan, SearchFilters(zones=['"; DROP']))
    keys: set[str] = set()
    leaves: list[tuple[str, object]] = []

    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                keys.add(k)
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        else:
            leaves.append((key, node))

    walk(body)
    assert keys <= {"bool", "filter", "should", "minimum_should_match", "term", "terms",
                    "match", "tokens", "query", "entity_ids", "zones"}  # fmt: skip
    assert {k for k, _ in leaves} <= {"tokens", "query", "entity_ids", "zones",
                                       "minimum_should_match"}  # fmt: skip
    assert ("zones", '"; DROP') in leaves
    assert json.dumps(body)  # plain data


def test_the_factory_builds_without_connecting() -> None:
    from chainkg.search.elastic_index import ElasticSearchIndex

    s = Settings(search_backend="elastic", elastic=ElasticSettings(url="http://127.0.0.1:9"))
    index = open_search_index(s)
    assert isinstance(index, ElasticSearchIndex)
    assert index.passages_index == "chainkg-passages"
    index.close()


def test_elasticsearch_is_imported_only_when_chosen() -> None:
    code = (
        "import sys, chainkg.services, chainkg.cli, chainkg.api.app\n"
        "from chainkg.services import open_search_index\n"
        "from chainkg.settings import Settings\n"
        "open_search_index(Settings(data_dir='/tmp/chainkg-lazy-test'))\n"
        "assert 'elasticsearch' not in sys.modules, 'elasticsearch imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
