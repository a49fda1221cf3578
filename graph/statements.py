"""The load statements in graph/cypher/, read once from their .cypher files."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from graph.model import SHARED, Label, RelType

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"


@cache
def statement(name: str) -> str:
    """A statement by file stem, e.g. "forget_document_facts" or "nodes/Person"."""
    return (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")


def node_statement(label: Label) -> str:
    return statement(f"nodes/{label.value}")


def rel_statement(rel_type: RelType, start: Label, end: Label) -> str:
    return statement(f"rels/{rel_type.value}__{start.value}__{end.value}")


def orphan_statements() -> list[str]:
    """One sweep per shared label: a whole-graph sweep read every document-scoped node too
    (1.5 s on a 1,000-document graph, against 30 ms for the shared labels)."""
    return [statement(f"orphans/{label.value}") for label in SHARED]
