"""The collaboration-structure queries on a graph of the seeds, the dev corpus, the samples and two
plans the tests write (a Samverkansplan for Sydvästra and a 2025 activity plan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.extract import extract_paths
from tests.fixtures.graphs import loaded_store, rows
from tests.fixtures.structure_documents import write_activity_plan, write_collaboration_plan

DST = "Delregional tjänstemannaberedning strategisk nivå Nordöstra"
DOT = "Delregional tjänstemannaberedning operativ nivå Nordöstra"
LOCAL = "Lokal samverkan på kommun/enhets/avdelningsnivå (lokal nivå) Nordöstra"
TRAINING = "Antal genomförda utbildningstillfällen per kommun"


@pytest.fixture(scope="module")
def structure_graph(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path, samples_dir: Path):
    written = tmp_path_factory.mktemp("plans")
    paths = [*sorted((corpus_dir / "seeds").glob("*.docx")), *sorted((corpus_dir / "dev").glob("*.docx")),
             *sorted(samples_dir.iterdir()), write_collaboration_plan(written / "samverkansplan_sydvastra.docx"),
             write_activity_plan(written / "2025-10-01_aktivitetsplan_sydvastra.docx", "2025-10-01", [
                 ("Gemensam SIP-utbildning för kommuner och vårdcentraler", "Våren 2025", "Processledarna Nära vård",
                  TRAINING, "7 utbildningstillfällen", "9 utbildningstillfällen")])]
    records, errors = extract_paths(paths)
    assert not errors
    store = loaded_store(tmp_path_factory.mktemp("structure-graph"), records)
    yield store
    store.server.stop()



def test_forum_mandate(structure_graph) -> None:
    found = rows(structure_graph, "forum_mandate", forum="strategisk nivå Nordöstra")
    assert {r["forum"] for r in found} == {DST}
    assert [r["mandate"] for r in found] == [
        "Beredningsgrupp inför Delregionala Samverkans",
        "Ansvarar för verksamhetsplan för de olika områdena inom ramen för Hälso- och sjukvårdsavtalet",
        "Ger uppdrag till Delregional tjänstemannaberedning operativ nivå",
        "Efterfrågar resultat från Delregional tjänstemannaberedning operativ nivå"]
    first = found[0]
    assert (first["level"], first["frequency"], first["chair_arrangement"]) == (
        "delregional strategisk", "2 ggr/termin", "alternerar")
    assert first["chairs"] == ["Förvaltningschef Osby kommun", "Hälso- och sjukvårdsstrateg Skånes sjukhus nordost"]
    assert first["document"] == "004_721f2e6772a32009.docx"


def test_forum_members(structure_graph) -> None:
    # The Sydvästra plan's forum is the forum of the dev minutes: one node, seats and attendance together.
    found = rows(structure_graph, "forum_members", forum="tjänstemannaberedning Sydvästra")
    trelleborg = [(r["year"], r["meetings_attended"], r["people"]) for r in found
                  if (r["role"], r["organisation"]) == ("Förvaltningschef Vård och omsorg", "Trelleborgs kommun")]
    assert trelleborg == [(2022, 2, ["Helena Lindqvist Sandberg"]), (2023, 1, ["Helena Lindqvist Sandberg"]),
                          (2024, 1, ["Petra Nordin"]), (2025, 1, ["Petra Nordin"])]
    svedala = {r["year"]: r["people"] for r in found if r["role"] == "Sektorchef Vård och omsorg"}
    assert svedala[2024] == ["Mikael Bengtsson Hallin"]
    # A seat nobody took stays in the list with no attendance.
    assert ("Representant", "Region Skåne", None, 0) in {
        (r["role"], r["organisation"], r["year"], r["meetings_attended"]) for r in found}
    # Nordöstra's strategic level: the seats of 004, attended at the sample minutes of the same forum type.
    strategic = rows(structure_graph, "forum_members", forum="strategisk")
    assert len({(r["role"], r["organisation"]) for r in strategic}) == 12
    hassleholm = [(r["year"], r["meetings_attended"], r["people"]) for r in strategic
                  if (r["role"], r["organisation"]) == ("Förvaltningschef", "Hässleholms kommun")]
    assert hassleholm == [(2025, 3, ["Jonas Åkesson"])]


def test_escalation_path(structure_graph) -> None:
    (local,) = rows(structure_graph, "escalation_path", forum="Lokal samverkan på kommun")
    assert local["steps"] == 3
    assert local["chain"] == f"{LOCAL} → {DOT} → {DST} → Delregionala Samverkan Nordöstra"
    (group,) = rows(structure_graph, "escalation_path", forum="SVU-nätverket")
    assert group["chain"] == ("SVU-nätverket Sydvästra → Operativ arbetsgrupp Sydvästra → "
                              "Delregional tjänstemannaberedning Sydvästra → Central tjänstemannaberedning")
    assert group["top_level"] == "central"
    everywhere = {r["forum"] for r in rows(structure_graph, "escalation_path")}  # without a forum: every path
    assert {LOCAL, DOT, "SVU-nätverket Sydvästra", "Operativ arbetsgrupp Sydvästra"} <= everywhere


def test_focus_areas(structure_graph) -> None:
    found = rows(structure_graph, "focus_areas", document="003_")
    assert {r["focus_area"] for r in found} >= {"1. Personcentrerat arbets- och förhållningssätt",
                                               "5. Barn och ungas hälsa", "6. Rehabilitering"}
    training = next(r for r in found if r["activity"].startswith("Digital utbildning i Lagen om samverkan"))
    assert training["sub_area"] == "1.a Samordnad individuell plan, SIP och dokumenterad överenskommelse"
    assert (training["level"], training["responsible"], training["result_year"]) == (
        "delregional", "Lena Jeppsson, Inger Andersson och Lotta Tyrberg", 2024)
    assert training["result"].startswith("6 genomförda utbildningstillfällen")
    # which forum answers for an activity (and so for its focus area): responsible named as a forum
    owned = {r["activity"]: r["forum"] for r in rows(structure_graph, "focus_areas", document="2024-10-15")}
    assert owned["Kartläggning av SIP-kvalitet genom granskning av tio SIP:ar per kommun"] == \
        "Operativ arbetsgrupp Sydvästra"
    assert owned["Rutin för planering inför helger och storhelger"] == "SVU-nätverket Sydvästra"
    assert owned["Kontaktlista för SIP där psykiatrin deltar"] is None  # a person is responsible
    # the latest of several yearly results
    latest = rows(structure_graph, "focus_areas", document="2025-10-01")
    assert [(r["activity"], r["result_year"], r["result"]) for r in latest] == [
        ("Gemensam SIP-utbildning för kommuner och vårdcentraler", 2025, "9 utbildningstillfällen")]


def test_indicator_history(structure_graph) -> None:
    found = rows(structure_graph, "indicator_history", indicator="utbildningstillfällen per kommun")
    assert [(r["year"], r["result"], r["document"]) for r in found] == [
        (2024, "Genomfört. 7 utbildningstillfällen med totalt 212 deltagare", "2024-10-15_aktivitetsplan_sydvastra.docx"),
        (2024, "7 utbildningstillfällen", "2025-10-01_aktivitetsplan_sydvastra.docx"),
        (2025, "9 utbildningstillfällen", "2025-10-01_aktivitetsplan_sydvastra.docx")]
    assert {r["indicator"] for r in found} == {TRAINING}


def test_forum_assignments(structure_graph) -> None:
    found = rows(structure_graph, "forum_assignments")
    lines = {(r["from_forum"], r["to_forum"]) for r in found if r["basis"] == "samverkansplan"}
    assert lines == {(DST, DOT), (DOT, LOCAL),
                     ("Delregional tjänstemannaberedning Sydvästra", "Operativ arbetsgrupp Sydvästra")}
    given = [r for r in found if r["action"]]
    review = next(r for r in given if r["action"].startswith("Kartläggning av SIP-kvalitet"))
    assert (review["to_forum"], review["basis"], review["status"], review["raised"]) == (
        "Operativ arbetsgrupp Sydvästra", "plan", "in_progress", dt.date(2024, 10, 15))


def test_activities_concern_projects_of_the_minutes(structure_graph) -> None:
    """Activities of 003 link to projects named in the minutes 000 and the slide deck 002."""
    _, found = structure_graph.read(
        "MATCH (a:Activity)-[:CONCERNS]->(p:Project)-[:MENTIONED_IN]->(d:Document) "
        "WHERE d.name IN ['000_41b1c107cb92fb54.docx', '002_29b22617ecf2e467.docx'] "
        "MATCH (a)-[:SOURCE]->(plan:Document {name: '003_88812d561de7dfd0.docx'}) "
        "RETURN DISTINCT p.name, d.name, a.text ORDER BY p.name, d.name, a.text", {})
    pairs = {(p, d) for p, d, _ in found}
    assert ("Mobilt team närsjukvård", "000_41b1c107cb92fb54.docx") in pairs
    assert ("Mobilt team närsjukvård", "002_29b22617ecf2e467.docx") in pairs
    activities = {a for p, _, a in found if p == "Mobilt team närsjukvård"}
    assert "Uppföljning och lärande inom ramen för Vårdsamverkan Skåne kring införandet av Mobila närsjukvårdsteam" \
        in activities
    assert not any(a.startswith("Vaccinationer") for _, _, a in found)


def test_actions_in_minutes_that_work_on_an_activity(structure_graph) -> None:
    _, found = structure_graph.read(
        "MATCH (a:Activity)-[:CONCERNS]->(:Project)<-[:ABOUT]-(x:Action)-[:RAISED_IN]->(m:Meeting)-[:OF_FORUM]->(f:Forum) "
        "WHERE a.text STARTS WITH 'Pilot Trygg hemgång i Svedala' "
        "RETURN f.name, toString(m.date), x.text ORDER BY m.date", {})
    assert ["Delregional tjänstemannaberedning Sydvästra", "2024-02-06",
            "Projektplan för Trygg hemgång tas fram och är klar 240430."] in [list(r) for r in found]
