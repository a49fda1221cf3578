"""A GraphBatch as the parameterised statements that write it, shared by both stores."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.model import GraphBatch, Label, RelType
from graph.statements import node_statement, rel_statement, statement

Command = tuple[str, dict[str, Any]]
BATCH_ROWS = 1000


def _chunks(rows: list[dict[str, Any]]):
    for start in range(0, len(rows), BATCH_ROWS):
        yield rows[start:start + BATCH_ROWS]


def batch_statements(batch: GraphBatch) -> list[Command]:
    """Nodes first (grouped by label), then relationships (grouped by type and end labels)."""
    nodes: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for node in batch.nodes:
        nodes[node.label].append({"key": node.key, "props": dict(node.props)})
    rels: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = defaultdict(list)
    for rel in batch.rels:
        rels[(rel.type, rel.start_label, rel.end_label)].append(
            {"start": rel.start_key, "end": rel.end_key, "doc": rel.props["doc"], "props": dict(rel.props)})
    commands: list[Command] = []
    for label in sorted(nodes):
        commands.extend((node_statement(label), {"rows": rows}) for rows in _chunks(nodes[label]))
    for (rel_type, start, end) in sorted(rels):
        commands.extend((rel_statement(rel_type, start, end), {"rows": rows}) for rows in _chunks(rels[(rel_type, start, end)]))
    commands.append((statement("set_fingerprint"), {"doc": batch.document_key, "fingerprint": batch.fingerprint()}))
    return commands


def forget_statements(document_key: str) -> list[Command]:
    params = {"doc": document_key}
    return [
        (statement("forget_shared_relationships"), params),
        (statement("forget_document_facts"), params),
        (statement("forget_document_node"), params),
    ]
