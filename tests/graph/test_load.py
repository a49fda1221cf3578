"""Forgetting documents from a loaded graph leaves exactly the graph of the documents that remain.

The orphan sweep after a load looks only at shared labels (graph.model.SHARED); that is complete
only if every document-scoped node has a SOURCE to its document and goes with it. Both are checked
on the seeds (a plan and a collaboration structure among them), the dev minutes and the samples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.load import sync
from graph.model import DOCUMENT_SCOPED, SHARED, Label, RelType
from graph.resolve import resolve
from graph.stores.falkordb import FalkorDBStore

FORGOTTEN = ("003_88812d561de7dfd0.docx", "004_721f2e6772a32009.docx", "2024-02-06_dtb_sydvastra.docx")


@pytest.fixture(scope="module")
def batches(corpus_dir: Path, samples_dir: Path):
    paths = [*sorted((corpus_dir / "seeds").glob("*.docx")), *sorted((corpus_dir / "dev").glob("*.docx")),
             *sorted(samples_dir.iterdir())]
    records, errors = extract_paths(paths)
    assert not errors
    by_name = {r.document.name: b for r, b in zip(records, build_batches(records, resolve(records)),
                                                        strict=True)}
    assert set(FORGOTTEN) <= set(by_name)
    return by_name


def _shape(store: FalkorDBStore) -> dict[str, int]:
    counts = store.counts()
    _, unconnected = store.read("MATCH (n) WHERE NOT (n)--() RETURN count(n)")
    return {**counts, "unconnected": unconnected[0][0]}


def test_every_document_scoped_node_has_a_source(batches, tmp_path: Path) -> None:
    store = FalkorDBStore(tmp_path)
    try:
        sync(store, list(batches.values()))
        for label in DOCUMENT_SCOPED - {Label.DOCUMENT}:
            _, rows = store.read(f"MATCH (n:{label.value}) WHERE NOT (n)-[:SOURCE]->(:Document) RETURN count(n)")
            assert rows == [[0]], f"{label.value} nodes without a SOURCE would outlive their document"
        assert store.counts()[Label.MANDATE.value] > 0 and store.counts()[Label.ACTIVITY.value] > 0
    finally:
        store.server.stop()


def test_forgetting_documents_leaves_the_graph_of_the_rest(batches, tmp_path: Path) -> None:
    remaining = [b for name, b in batches.items() if name not in FORGOTTEN]
    whole, rest = FalkorDBStore(tmp_path / "whole"), FalkorDBStore(tmp_path / "rest")
    try:
        sync(whole, list(batches.values()))
        before = _shape(whole)
        report = sync(whole, remaining, forget_missing=True)
        assert len(report.forgotten) == len(FORGOTTEN)
        sync(rest, remaining)
        after, expected = _shape(whole), _shape(rest)
        assert after == expected
        assert after["unconnected"] == 0
        # The forgotten documents took shared nodes with them (the plan's focus areas, 004's forums).
        shrunk = {label.value for label in SHARED if after[label.value] < before[label.value]}
        assert {Label.FOCUS_AREA.value, Label.FORUM.value, Label.PERSON.value} <= shrunk
        assert after[RelType.REPORTS_TO.value] < before[RelType.REPORTS_TO.value]
    finally:
        whole.server.stop()
        rest.server.stop()
