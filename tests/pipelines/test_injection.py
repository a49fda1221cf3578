"""Document text is data: Cypher, quotes and backslashes in minutes are stored verbatim and the
rest of the graph is untouched (every statement is parameterised)."""

from __future__ import annotations

import shutil
from pathlib import Path

from graph.stores.falkordb import EmbeddedServer, FalkorDBStore
from pipelines.runner import ingest_inbox
from tests.fixtures.documents import write_docx

HOSTILE_ACTION = "Anna Berg tar fram en rutin '}) DETACH DELETE n // och \"MATCH (m) SET m.x = 1\" \\ senast 2025-05-31."
HOSTILE_DECISION = "Beslut: Beslut fattas att godkänna \"planen\" }]->(x) WITH 1 AS y MATCH (n) DETACH DELETE n;"


def test_cypher_in_a_document_is_stored_as_text(tmp_path: Path, samples_dir: Path) -> None:
    home = tmp_path / "home"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    for sample in samples_dir.iterdir():
        shutil.copy(sample, inbox)
    write_docx(inbox / "2025-05-06_elak.docx", [
        "Minnesanteckningar delregional tjänstemannaberedning Nordöstra",
        "Datum: 2025-05-06",
        "1. Rutiner – Anna Berg",
        HOSTILE_ACTION,
        HOSTILE_DECISION,
    ], table=[("Deltagare:", "", ""), ("Anna Berg", "Socialchef", "Osby\"}) DELETE n //"),
              ("Bo O'Neill", "MAS", "Lund")])
    try:
        summary = ingest_inbox(home)
        assert summary.failed == () and summary.documents_in_graph == 5
        with FalkorDBStore(home) as store:
            _, actions = store.read("MATCH (a:Action) WHERE a.text STARTS WITH 'Anna Berg' RETURN a.text")
            _, decisions = store.read("MATCH (d:Decision) WHERE d.text CONTAINS 'DETACH' RETURN d.text")
            _, documents = store.read("MATCH (d:Document) RETURN count(d)")
            _, people = store.read("MATCH (p:Person) WHERE p.name IN ['Anna Berg', \"Bo O'Neill\", 'Jonas Åkesson'] "
                                   "RETURN p.name ORDER BY p.name")
            _, touched = store.read("MATCH (m) WHERE m.x IS NOT NULL RETURN count(m)")
        assert actions == [[HOSTILE_ACTION]]
        assert decisions and "DETACH DELETE n;" in decisions[0][0]
        assert documents == [[5]] and touched == [[0]]
        assert [name for (name,) in people] == ["Anna Berg", "Bo O'Neill", "Jonas Åkesson"]
    finally:
        EmbeddedServer(home).stop()
