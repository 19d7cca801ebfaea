import re
from pathlib import Path

from chainkg.graph import cypher_catalog

ROOT = Path(__file__).resolve().parents[2]


def test_every_cypher_file_loads_and_is_non_empty() -> None:
    files = sorted(p.stem for p in (ROOT / "cypher").glob("*.cypher"))
    assert cypher_catalog.names() == files
    for name in files:
        assert cypher_catalog.query(name).strip()


def test_every_query_the_adapter_uses_exists() -> None:
    source = (ROOT / "graph" / "neo4j_store.py").read_text(encoding="utf-8")
    used = set(re.findall(r'(?:query|statements|_rows)\("(\w+)"', source))
    used |= set(re.findall(r'\("(write_\w+)", ', source))
    assert used
    assert used <= set(cypher_catalog.names())


def test_schema_statements_are_idempotent() -> None:
    statements = cypher_catalog.statements("schema")
    assert len(statements) >= 5
    assert all("IF NOT EXISTS" in s for s in statements)


def test_queries_take_values_only_as_parameters() -> None:
    for name in cypher_catalog.names():
        text = cypher_catalog.query(name)
        assert "{}" not in text and "%s" not in text and "{0}" not in text, name
