"""Every canned query on a graph loaded from the shared dev corpus, asserting rows the gold files confirm."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.extract import extract_paths
from queries.catalog import load_catalog
from tests.fixtures.graphs import loaded_store, rows

JOURNAL = "Johan undersöker möjligheten till gemensam journalåtkomst via NPÖ"


@pytest.fixture(scope="module")
def dev_graph(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path):
    records, errors = extract_paths(sorted((corpus_dir / "dev").glob("*.docx")))
    assert not errors
    store = loaded_store(tmp_path_factory.mktemp("dev-graph"), records)
    yield store
    store.server.stop()



def test_every_query_is_tested_here() -> None:
    from tests.queries import test_structure_queries  # the collaboration-structure queries are tested there

    names = [*globals(), *vars(test_structure_queries)]
    tested = {name[len("test_"):] for name in names if name.startswith("test_")}
    assert set(load_catalog()) <= tested


def test_open_actions(dev_graph) -> None:
    journal = next(r for r in rows(dev_graph, "open_actions") if r["action"].startswith(JOURNAL))
    assert (journal["owner"], journal["due"], journal["raised"]) == (
        "Johan Ekdahl", dt.date(2024, 6, 30), dt.date(2024, 2, 6))
    assert journal["document"] == "2024-02-06_dtb_sydvastra.docx"


def test_overdue_actions(dev_graph) -> None:
    overdue = rows(dev_graph, "overdue_actions", today="2025-03-11")
    actions = [r["action"] for r in overdue]
    assert any(a.startswith(JOURNAL) for a in actions)
    assert not any(a.startswith("Sofia utser en kontaktperson") for a in actions)  # due 2025-03-31
    assert all(r["due"] < dt.date(2025, 3, 11) for r in overdue)


def test_actions_without_owner_or_due(dev_graph) -> None:
    found = {r["action"]: r["missing"] for r in rows(dev_graph, "actions_without_owner_or_due")}
    assert found["Varje kommun utser en granskare och lämnar namn till Emma senast 22/3."] == "owner"
    assert found["Oskar tar med sig frågan till projektgruppen."] == "due date"


def test_stale_actions(dev_graph) -> None:
    listed = rows(dev_graph, "stale_actions", meetings=2)
    stale = {r["action"]: r for r in listed}
    assert [r["last_mentioned"] for r in listed] == sorted(r["last_mentioned"] for r in listed)  # oldest first
    assert all(r["meetings_since"] >= 2 for r in listed)
    assert rows(dev_graph, "stale_actions", meetings=2, limit=1) == listed[:1]
    # Reported "in progress" on 2023-05-23 (gold) and not mentioned again in this forum's minutes.
    rutin = stale["Förslag till rutin ska redovisas för tjänstemannaberedningen senast 2023 03 31."]
    assert rutin["owner"] == "Emma Sjöberg" and rutin["meetings_since"] >= 2
    # Reported done on 2023-05-23 (gold): no longer open, so never stale.
    assert "Tobias tar frågan vidare till branschrådet." not in stale


def test_who_owns_what(dev_graph) -> None:
    johan = rows(dev_graph, "who_owns_what", name="ekdahl")
    assert {r["name"] for r in johan} == {"Johan Ekdahl"}
    owned = [r for r in johan if r["relation"] == "owns action"]
    assert any(r["what"].startswith(JOURNAL) and r["date"] == dt.date(2024, 2, 6) for r in owned)
    assert any(r["relation"] == "attended (present)" and r["date"] == dt.date(2025, 3, 11) for r in johan)


def test_action_history(dev_graph) -> None:
    history = rows(dev_graph, "action_history", text="journalåtkomst via NPÖ för hemsjukvården i Vellinge")
    assert history[0]["event"] == "raised" and history[0]["date"] == dt.date(2024, 2, 6)
    assert [r["date"] for r in history] == sorted(r["date"] for r in history)


def test_decision_log(dev_graph) -> None:
    log = rows(dev_graph, "decision_log", topic="Trygg hemgång")
    assert [r["date"] for r in log] == [dt.date(2025, 3, 11), dt.date(2024, 2, 6)]
    assert log[1]["decision"].startswith("Beslut fattas att piloten Trygg hemgång genomförs i Svedala")
    assert log[1]["item"] == "5" and "Trygg hemgång" in log[1]["projects"]


def test_representation(dev_graph) -> None:
    vellinge = rows(dev_graph, "representation", organisation="vellinge", forum="tjänstemannaberedning")
    sofia_2024 = next(r for r in vellinge if r["person"] == "Sofia Rydén" and r["year"] == 2024)
    assert (sofia_2024["present"], sofia_2024["absent"]) == (1, 0)
    assert {r["forum"] for r in vellinge} == {"Delregional tjänstemannaberedning Sydvästra"}


def test_role_changes(dev_graph) -> None:
    helena = rows(dev_graph, "role_changes", name="Lindqvist Sandberg")
    assert {r["organisation"] for r in helena} == {"Trelleborg", "Malmö stad"}
    malmo = next(r for r in helena if r["role"] == "Vård- och omsorgsdirektör")
    assert malmo["first_seen"] == dt.date(2024, 2, 6)


def test_meeting_summary(dev_graph) -> None:
    summary = rows(dev_graph, "meeting_summary", date="2024-02-06")
    sections = {r["section"] for r in summary}
    assert sections >= {"1 participants", "2 agenda", "3 decisions", "4 new actions"}
    assert any(r["section"] == "1 participants" and r["item"] == "Petra Nordin" for r in summary)
    assert any(r["section"] == "3 decisions" and "Trygg hemgång genomförs i Svedala" in r["item"] for r in summary)


def test_provenance(dev_graph) -> None:
    sources = rows(dev_graph, "provenance", key="person-johan-ekdahl")
    assert len(sources) == 6  # five minutes and the activity plan that names him as responsible
    assert sources[-1]["document"] == "2025-03-11_dtb_sydvastra.docx"
    assert "Områdeschef Primärvård Sydväst" in sources[-1]["quote"]
