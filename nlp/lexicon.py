"""Reference lists and the industry lexicon shipped in ``chainkg/data``."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def _read_csv(name: str) -> list[dict[str, str]]:
    ref = resources.files("chainkg.data").joinpath("reference", name)
    with ref.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def devzones() -> list[dict[str, str]]:
    """The 2018 official catalogue of development zones."""
    return _read_csv("devzones_2018.csv")


@lru_cache(maxsize=1)
def universities() -> list[dict[str, str]]:
    """The Ministry of Education's list of regular higher-education institutions (2025)."""
    return _read_csv("universities_moe_2025.csv")


@lru_cache(maxsize=1)
def domain_vocabulary() -> tuple[str, ...]:
    """All names jieba should keep whole."""
    words = {row["开发区名称"] for row in devzones()}
    words |= {row["学校名称"] for row in universities()}
    return tuple(sorted(words))
