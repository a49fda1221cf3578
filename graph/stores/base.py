"""The small interface both graph stores implement (FalkorDB embedded, Neo4j 5)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Self

from graph.errors import GraphStoreError
from graph.model import GraphBatch


class GraphStore(ABC):
    """One graph database. All Cypher sent through it is parameterised."""

    name: str  # "falkordb" | "neo4j"

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create uniqueness constraints and indexes on ``key`` (idempotent)."""

    @abstractmethod
    def replace_document(self, batch: GraphBatch, *, loaded_before: bool = True) -> None:
        """In one transaction: remove the facts of ``batch.document_key`` and write ``batch``.

        ``loaded_before=False`` (the document has no fingerprint in the graph) skips the removal,
        whose cost grows with the graph, for a first load."""

    @abstractmethod
    def forget_document(self, document_key: str) -> None:
        """Remove every fact that came from the document, and shared nodes left orphaned."""

    @abstractmethod
    def delete_orphans(self) -> None:
        """Delete shared nodes that no relationship connects any more."""

    @abstractmethod
    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run a read-only query; returns (column names, rows). Writes are refused."""

    @abstractmethod
    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> None:
        """Run one write statement."""

    @abstractmethod
    def loaded_fingerprints(self) -> dict[str, str]:
        """Document key -> fingerprint of the batch last loaded for it."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Node count per label and relationship count per type (for checks and tests)."""

    def backup(self, target: Path) -> dict[str, Any]:
        """Write the whole graph to ``target``; returns what was written (counts, size)."""
        raise GraphStoreError(f"{self.name} backups are made with the database's own tools (see README)")

    def restore(self, source: Path) -> dict[str, Any]:
        """Replace the whole graph with the backup at ``source``."""
        raise GraphStoreError(f"{self.name} restores are made with the database's own tools (see README)")

    def compact(self) -> None:
        """After writes: let the store fold its write log into a snapshot (a no-op where it has none)."""

    def recover(self) -> None:
        """Get ready to retry after a transient failure (reconnect, restart an embedded server)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rows_as_dicts(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]
