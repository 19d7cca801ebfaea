"""Shared fixtures: settings on a temporary data directory, paths to sample data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chainkg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "shanxi_devzones_2024.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


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
