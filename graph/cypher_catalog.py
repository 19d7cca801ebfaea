"""The Cypher queries in ``cypher/*.cypher``, loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _catalog() -> dict[str, str]:
    files = resources.files("chainkg.cypher")
    return {
        f.name.removesuffix(".cypher"): f.read_text(encoding="utf-8")
        for f in files.iterdir()
        if f.name.endswith(".cypher")
    }


def names() -> list[str]:
    """Names of every query in the catalog."""
    return sorted(_catalog())


def query(name: str) -> str:
    """The text of one query; ``KeyError`` names a missing file."""
    try:
        return _catalog()[name]
    except KeyError:
        raise KeyError(f"no cypher/{name}.cypher in the catalog") from None


def statements(name: str) -> list[str]:
    """A file of several statements (``schema``), split on ``;`` with comments dropped."""
    lines = [ln for ln in query(name).splitlines() if not ln.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
