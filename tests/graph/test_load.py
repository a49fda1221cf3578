"""Loading and forgetting documents: forgetting leaves exactly the graph of the documents that remain,
and each load derives the action status of what it touches as a derive of every action would.

The orphan sweep after a load looks only at shared labels (graph.model.SHARED); that is complete
only if every document-scoped node has a SOURCE to its document and goes with it. Both are checked
on the seeds (a plan and a collaboration structure among them), the dev minutes and the samples.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.load import sync
from graph.model import DOCUMENT_SCOPED, SHARED, Label, RelType
from graph.resolve import resolve
from graph.statements import statement
from graph.stores.falkordb import FalkorDBStore

FORGOTTEN = ("003_88812d561de7dfd0.docx", "004_721f2e6772a32009.docx", "2024-02-06_dtb_sydvastra.docx")


@pytest.fixture(scope="module")
def records(corpus_dir: Path, samples_dir: Path):
    paths = [*sorted((corpus_dir / "seeds").glob("*.docx")), *sorted((corpus_dir / "dev").glob("*.docx")),
             *sorted(samples_dir.iterdir())]
    records, errors = extract_paths(paths)
    assert not errors
    return records


@pytest.fixture(scope="module")
def batches(records):
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


DERIVED = ("MATCH (a:Action) RETURN a.key, a.status_now, a.last_reported, a.owner_organisations, a.derive_pending "
           "ORDER BY a.key")


def _derived(store: FalkorDBStore) -> list[list]:
    return [[key, status, reported, sorted(organisations or []), pending]
            for key, status, reported, organisations, pending in store.read(DERIVED)[1]]


def _derived_from_scratch(store: FalkorDBStore) -> list[list]:
    """What deriving every action again gives (the loads derive only the actions they touch)."""
    store.write("MATCH (a:Action) SET a.derive_pending = true")
    store.write(statement("derive_action_status"))
    return _derived(store)


def _most_followed_up(store: FalkorDBStore) -> str:
    _, rows = store.read("MATCH (:Action)-[f:FOLLOWED_UP_IN]->(m:Meeting) "
                         "RETURN m.doc, count(f) AS n ORDER BY n DESC, m.doc LIMIT 1")
    return rows[0][0]


def _most_represented(store: FalkorDBStore) -> str:
    _, rows = store.read("MATCH (p:Person)-[r:REPRESENTS]->(), (p)-[:OWNS]->(:Action) "
                         "RETURN r.doc, count(DISTINCT p) AS n ORDER BY n DESC, r.doc LIMIT 1")
    return rows[0][0]


def test_loads_and_forgets_derive_what_they_touch_as_a_full_derive_would(records, batches, tmp_path: Path) -> None:
    store = FalkorDBStore(tmp_path)
    everything = list(batches.values())
    try:
        sync(store, everything)
        loaded = _derived(store)
        assert loaded == _derived_from_scratch(store)
        assert any(status == "done" for _, status, *_ in loaded)

        # Forgotten minutes take their follow-ups with them: the actions they reported on change back.
        # (The corpus is built again without them, as an ingest does: later reports on their own
        # actions no longer link, so those documents are replaced too.)
        reporting = _most_followed_up(store)
        rest = [r for r in records if r.document.key != reporting]
        report = sync(store, build_batches(rest, resolve(rest)), forget_missing=True)
        assert report.forgotten == (reporting,)
        after_forget = _derived(store)
        assert after_forget == _derived_from_scratch(store)
        remaining = {key for key, *_ in after_forget}
        assert {k: s for k, s, *_ in after_forget} != {k: s for k, s, *_ in loaded if k in remaining}

        sync(store, everything)
        assert _derived(store) == loaded

        # A replaced document that no longer says whom its people represent: their actions elsewhere
        # lose those organisations.
        representing = _most_represented(store)
        changed = [dataclasses.replace(b, rels=tuple(r for r in b.rels if r.type != RelType.REPRESENTS))
                   if b.document_key == representing else b for b in everything]
        report = sync(store, changed)
        assert report.loaded == (representing,)
        replaced = _derived(store)
        assert replaced == _derived_from_scratch(store)
        assert [row[3] for row in replaced] != [row[3] for row in loaded]
    finally:
        store.server.stop()
