import sys

import pytest

from chainkg.errors import BackendUnavailable
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.services import build_services, open_graph_store
from chainkg.settings import Settings


def test_env_prefix_and_nested_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINKG_BACKEND", "neo4j")
    monkeypatch.setenv("CHAINKG_NEO4J__URI", "bolt://example:7688")
    monkeypatch.setenv("CHAINKG_PASSAGE_CHARS", "300")
    s = Settings()
    assert (s.backend, s.neo4j.uri, s.passage_chars) == ("neo4j", "bolt://example:7688", 300)


def test_embedded_is_the_default_and_imports_no_driver(settings: Settings) -> None:
    sys.modules.pop("chainkg.graph.neo4j_store", None)
    assert isinstance(open_graph_store(settings), SqliteGraphStore)
    assert "chainkg.graph.neo4j_store" not in sys.modules
    assert settings.db_path.name == "chainkg.sqlite"


def test_unreachable_neo4j_is_a_clear_error_naming_the_uri(settings: Settings) -> None:
    s = settings.model_copy(update={"backend": "neo4j"})
    s.neo4j.uri = "bolt://127.0.0.1:1"
    with pytest.raises(BackendUnavailable, match=r"bolt://127\.0\.0\.1:1"):
        build_services(s)
