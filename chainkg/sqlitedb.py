"""Opening the embedded backend's SQLite file (shared by the graph store and the index)."""

from __future__ import annotations

import sqlite3
import threading
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


class SqliteFile:
    """A lazily opened connection to the embedded SQLite file, guarded by one lock.

    Adapters that keep their tables in the file subclass it and create their schema in
    ``_setup``."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    def _setup(self, conn: sqlite3.Connection) -> None:
        """Create or migrate this adapter's tables (idempotent)."""

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.initialize()
        assert self._conn is not None
        return self._conn

    def initialize(self) -> None:
        with self._lock:
            if self._conn is None:
                conn = connect(self._path)
                self._setup(conn)
                self._conn = conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
