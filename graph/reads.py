"""Reads asked together (``GraphStore.together()``): independent bulk reads of one step of an
answer, which a server backend sends as one statement, one round trip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from chainkg.graph.port import (
        Direction,
        EntityRecord,
        FactRecord,
        GraphStore,
        Neighbour,
        RelationRecord,
    )

V = TypeVar("V")


class Pending(Generic[V]):
    """The answer of a read asked inside a ``together()`` block, there once the block ends."""

    __slots__ = ("_ready", "_value")

    def __init__(self) -> None:
        self._ready = False
        self._value: V | None = None

    def set(self, value: V) -> None:
        self._value, self._ready = value, True

    @property
    def value(self) -> V:
        if not self._ready:
            raise RuntimeError("a read asked together is only answered when its block ends")
        return self._value  # type: ignore[return-value]


class Reads:
    """The bulk reads of the port, asked together. This default answers them one after the
    other when the block ends; a backend that can send several in one round trip overrides
    the reads and ``run``."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._later: list[tuple[Callable[[], Any], Pending[Any]]] = []

    def _later_of(self, read: Callable[[], V]) -> Pending[V]:
        pending: Pending[V] = Pending()
        self._later.append((read, pending))
        return pending

    def entities_by_id(self, ids: Sequence[str]) -> Pending[dict[str, EntityRecord]]:
        return self._later_of(lambda: self._store.entities_by_id(ids))

    def lookup(self, keys: Sequence[str], types: Sequence[str] = ()) -> Pending[list[EntityRecord]]:
        return self._later_of(lambda: self._store.lookup(keys, types))

    def relations_of(
        self, ids: Sequence[str], types: Sequence[str] = (), direction: Direction = "both"
    ) -> Pending[dict[str, list[RelationRecord]]]:
        return self._later_of(lambda: self._store.relations_of(ids, types, direction))

    def relations_between(
        self, ids: Sequence[str], others: Sequence[str], types: Sequence[str] = ()
    ) -> Pending[dict[str, list[RelationRecord]]]:
        return self._later_of(lambda: self._store.relations_between(ids, others, types))

    def neighbours_of(
        self,
        ids: Sequence[str],
        types: Sequence[str] = (),
        direction: Direction = "both",
        limit: int = 100,
    ) -> Pending[dict[str, list[Neighbour]]]:
        return self._later_of(lambda: self._store.neighbours_of(ids, types, direction, limit))

    def facts_of(self, ids: Sequence[str]) -> Pending[dict[str, list[FactRecord]]]:
        return self._later_of(lambda: self._store.facts_of(ids))

    def run(self) -> None:
        """Answer every read asked."""
        later, self._later = self._later, []
        for read, pending in later:
            pending.set(read())
