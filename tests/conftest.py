"""Shared fixtures: settings on a temporary data directory, paths to sample data, and the
engines (Neo4j, Elasticsearch) that ``scripts/engines start`` runs for the contract tests."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from chainkg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "shanxi_devzones_2024.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
ENGINES_ENV = (
    Path(os.environ.get("CHAINKG_ENGINES_HOME", Path.home() / ".cache" / "chainkg-engines"))
    / "engines.env"
)


def engine_setting(name: str) -> str | None:
    """A setting from the environment, else from the engines script's file."""
    if os.environ.get(name):
        return os.environ[name]
    if ENGINES_ENV.is_file():
        for line in ENGINES_ENV.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() == name:
                return value.strip()
    return None


@pytest.fixture(scope="session", autouse=True)
def one_test_run_per_engine() -> Iterator[None]:
    """Engine tests clear and fill the engines' one database: while engines are configured, a
    second test run on the machine waits for the first instead of clearing the graph under it."""
    if not (engine_setting("CHAINKG_NEO4J__URI") or engine_setting("CHAINKG_ELASTIC__URL")):
        yield
        return
    ENGINES_ENV.parent.mkdir(parents=True, exist_ok=True)
    with ENGINES_ENV.with_name("test-run.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def corpus_dir() -> Path:
    """The shared gold corpus; absent outside the project's workspace (never under CI)."""
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared corpus missing at {CORPUS}; CI must have it")
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS
