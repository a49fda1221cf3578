"""A GraphBatch as the parameterised statements that write it, shared by both stores."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from graph.errors import GraphStoreError
from graph.model import DATE_PROPERTIES, REL_DATE_PROPERTIES, GraphBatch, Label, RelType
from graph.statements import node_statement, rel_statement, statement

Command = tuple[str, dict[str, Any]]
BATCH_ROWS = 1000


def _chunks(rows: list[dict[str, Any]]):
    for start in range(0, len(rows), BATCH_ROWS):
        yield rows[start:start + BATCH_ROWS]


def validate(batch: GraphBatch) -> None:
    """Refuse a batch the store would reject half-way (bad dates, relationships without a document),
    before anything is sent: a document is replaced completely or not at all."""
    for node in batch.nodes:
        for name in DATE_PROPERTIES.get(node.label, ()):
            _check_date(batch, node.key, name, node.props.get(name))
    for rel in batch.rels:
        if rel.props.get("doc") != batch.document_key:
            raise GraphStoreError(f"{batch.document_key}: relationship {rel.type} does not name its document")
        for name in REL_DATE_PROPERTIES.get(rel.type, ()):
            _check_date(batch, rel.start_key, name, rel.props.get(name))


def _check_date(batch: GraphBatch, key: str, name: str, value: Any) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(str(value))
    except ValueError:
        raise GraphStoreError(f"{batch.document_key}: {key}.{name} is not an ISO date: {value!r}") from None


def batch_statements(batch: GraphBatch) -> list[Command]:
    """Nodes first (grouped by label), then relationships (grouped by type and end labels)."""
    validate(batch)
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


def replace_statements(batch: GraphBatch, *, loaded_before: bool) -> list[Command]:
    """One transaction: the document's old facts out (if it was loaded) and the batch in; its
    Document node says its actions are still to be derived (graph.load.derive_action_status)."""
    forget = forget_statements(batch.document_key) if loaded_before else []
    return [*forget, *batch_statements(batch)]


def mark_statement(documents: list[str]) -> Command:
    return statement("mark_actions_to_derive"), {"docs": documents}


def forget_statements(document_key: str) -> list[Command]:
    params = {"doc": document_key}
    return [
        mark_statement([document_key]),  # before the facts that say which actions it touches go
        (statement("forget_shared_relationships"), params),
        (statement("forget_forum_relationships"), params),
        (statement("forget_focus_area_relationships"), params),
        (statement("forget_document_facts"), params),
        (statement("forget_document_node"), params),
    ]
