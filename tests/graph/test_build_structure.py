"""Plan forums meet meeting forums, activities meet projects, and a forgotten plan takes its lines along."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.build_structure import forum_type, projects_of, qualified_name
from graph.load import sync
from graph.resolve import resolve
from graph.stores.falkordb import EmbeddedServer, FalkorDBStore
from tests.fixtures.structure_documents import write_collaboration_plan

PROJECTS = {"project-mobilt-team-narsjukvard": "Mobilt team närsjukvård", "project-childcheck-nordost":
            "Childcheck Nordost", "project-sprih": "SPRIH", "project-aldrecentral": "Äldrecentral"}


def test_forum_type_drops_sub_region_and_level() -> None:
    assert forum_type("Delregional tjänstemannaberedning Mellersta") == "delregional tjänstemannaberedning"
    assert forum_type("Delregional tjänstemannaberedning på strategisk nivå") == "delregional tjänstemannaberedning"
    assert forum_type("Medicinsk samverkan (lokal nivå)") == "medicinsk samverkan"
    assert qualified_name("Operativ arbetsgrupp", "Sydvästra") == "Operativ arbetsgrupp Sydvästra"
    assert qualified_name("Central tjänstemannaberedning", "Sydvästra") == "Central tjänstemannaberedning"
    assert qualified_name("SVU-nätverket Sydvästra", "Sydvästra") == "SVU-nätverket Sydvästra"


def test_projects_by_word_stems() -> None:
    assert projects_of("Uppföljning kring införandet av Mobila närsjukvårdsteam", PROJECTS) == [
        "project-mobilt-team-narsjukvard"]
    assert projects_of("Childcheck – projekt för att uppmärksamma barn som anhöriga", PROJECTS) == [
        "project-childcheck-nordost"]
    assert projects_of("Spridning av arbetssätt för äldre", PROJECTS) == []  # not SPRIH, not Äldrecentral
    assert projects_of("Mobila insatser i hemmet", PROJECTS) == []  # one word of three is not the project


def test_a_plan_forum_is_the_forum_of_its_minutes(tmp_path: Path, corpus_dir: Path, samples_dir: Path) -> None:
    records, _ = extract_paths([write_collaboration_plan(tmp_path / "plan.docx"),
                                corpus_dir / "dev" / "2025-03-11_dtb_sydvastra.docx",
                                corpus_dir / "seeds" / "004_721f2e6772a32009.docx",
                                samples_dir / "2025-02-11_dtb_nordostra.docx"])
    forums = resolve(records).forum_of
    # one tjänstemannaberedning in the Sydvästra plan: the minutes' forum is that node
    assert forums["Delregional tjänstemannaberedning Sydvästra"] == "forum-delregional-tjanstemannaberedning-sydvastra"
    # two levels of it in 004 (Nordöstra): the minutes' forum stays its own node
    assert forums["Delregional tjänstemannaberedning Nordöstra"] == "forum-delregional-tjanstemannaberedning-nordostra"
    assert forums["Delregional tjänstemannaberedning strategisk nivå Nordöstra"] != \
        forums["Delregional tjänstemannaberedning Nordöstra"]


def test_forgetting_a_plan_removes_its_lines_and_seats(tmp_path: Path, corpus_dir: Path) -> None:
    records, _ = extract_paths([corpus_dir / "seeds" / "004_721f2e6772a32009.docx",
                                corpus_dir / "seeds" / "003_88812d561de7dfd0.docx"])
    batches = build_batches(records, resolve(records))
    counts = ("MATCH ()-[r:REPORTS_TO|ASSIGNS_TO|MEMBER_ROLE|HAS_MANDATE]->() RETURN count(r)",
              "MATCH (n) WHERE n:Forum OR n:Mandate OR n:Activity OR n:Result OR n:FocusArea RETURN count(n)")
    try:
        with FalkorDBStore(tmp_path / "graph") as store:
            sync(store, batches)
            before = [store.read(q)[1][0][0] for q in counts]
            assert before[0] == 6 + 50 + 19  # lines, seats, mandates of 004 (a line two forums state is one)
            sync(store, batches)  # unchanged: nothing written twice
            assert [store.read(q)[1][0][0] for q in counts] == before
            sync(store, [], forget_missing=True)
            assert [store.read(q)[1][0][0] for q in counts] == [0, 0]
    finally:
        EmbeddedServer(tmp_path / "graph").stop()
