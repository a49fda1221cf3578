"""The behaviour every GraphStore must show, on hand-made batches (run by each adapter's tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import ReadOnlyViolation
from graph.load import sync
from graph.model import GraphBatch, Label, NodeRow, RelRow, RelType

INJECTION = "'}) DETACH DELETE n // \"citat\" och 'apostrof'"


def batch(doc: str, person: str = "person-asa-oberg", action_text: str = "Åsa tar fram en rutin.",
          due: str = "2025-03-31") -> GraphBatch:
    meeting, action = f"meeting-{doc}", f"action-{doc}"
    nodes = (
        NodeRow(Label.DOCUMENT, doc, {"doc": doc, "name": f"{doc}.docx", "date": "2025-02-11"}),
        NodeRow(Label.MEETING, meeting, {"doc": doc, "date": "2025-02-11", "forum": "Nordöstra"}),
        NodeRow(Label.PERSON, person, {"name": "Åsa Öberg", "aliases": ["Åsa"]}),
        NodeRow(Label.ACTION, action, {"doc": doc, "text": action_text, "due": due, "status": "open",
                                       "raised": "2025-02-11"}),
    )
    rels = (
        RelRow(RelType.SOURCE, Label.MEETING, meeting, Label.DOCUMENT, doc, {"doc": doc, "quote": INJECTION}),
        RelRow(RelType.SOURCE, Label.ACTION, action, Label.DOCUMENT, doc, {"doc": doc, "quote": action_text}),
        RelRow(RelType.RAISED_IN, Label.ACTION, action, Label.MEETING, meeting, {"doc": doc}),
        RelRow(RelType.OWNS, Label.PERSON, person, Label.ACTION, action, {"doc": doc}),
        RelRow(RelType.ATTENDED, Label.PERSON, person, Label.MEETING, meeting, {"doc": doc, "status": "present"}),
        RelRow(RelType.MENTIONED_IN, Label.PERSON, person, Label.DOCUMENT, doc, {"doc": doc}),
    )
    return GraphBatch(doc, nodes, rels)


def check_idempotent_reload(store) -> None:
    sync(store, [batch("doc-a"), batch("doc-b")])
    first = store.counts()
    report = sync(store, [batch("doc-a"), batch("doc-b")])
    assert report.loaded == () and set(report.unchanged) == {"doc-a", "doc-b"}
    assert store.counts() == first
    assert first["Person"] == 1 and first["Action"] == 2 and first["OWNS"] == 2


def check_changed_document_replaces_only_its_facts(store) -> None:
    sync(store, [batch("doc-a"), batch("doc-b")])
    sync(store, [batch("doc-a", action_text="Åsa tar fram en ny rutin.", due="2025-06-30"), batch("doc-b")])
    _, rows = store.read("MATCH (a:Action) RETURN a.key, a.text, a.due ORDER BY a.key")
    assert rows == [["action-doc-a", "Åsa tar fram en ny rutin.", dt.date(2025, 6, 30)],
                    ["action-doc-b", "Åsa tar fram en rutin.", dt.date(2025, 3, 31)]]
    assert store.counts()["Person"] == 1


def check_forget_leaves_no_orphans(store) -> None:
    sync(store, [batch("doc-a"), batch("doc-b", person="person-per-ek")])
    report = sync(store, [batch("doc-b", person="person-per-ek")], forget_missing=True)
    assert report.forgotten == ("doc-a",)
    _, rows = store.read("MATCH (n) RETURN labels(n)[0] AS label, n.key ORDER BY n.key")
    assert [key for _, key in rows] == ["action-doc-b", "doc-b", "meeting-doc-b", "person-per-ek"]


def check_text_is_data_and_dates_compare(store) -> None:
    sync(store, [batch("doc-a")])
    _, rows = store.read("MATCH (:Meeting)-[s:SOURCE]->(d:Document) RETURN s.quote")
    assert rows == [[INJECTION]]
    _, rows = store.read("MATCH (a:Action) WHERE a.due < date($day) RETURN count(a)", {"day": "2025-04-01"})
    assert rows == [[1]]


def check_reads_refuse_writes(store) -> None:
    with pytest.raises(ReadOnlyViolation):
        store.read("CREATE (:Person {key: 'x'})")


BEHAVIOURS = [check_idempotent_reload, check_changed_document_replaces_only_its_facts, check_forget_leaves_no_orphans,
              check_text_is_data_and_dates_compare, check_reads_refuse_writes]
