"""Opening the embedded backend's SQLite file (shared by the graph store and the index)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from chainkg.errors import BackendUnavailable


def connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode with foreign keys on; the parent directory is created."""
    try:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
    except (OSError, sqlite3.Error) as exc:
        raise BackendUnavailable(f"cannot open the embedded database {path}: {exc}") from exc
    return conn
