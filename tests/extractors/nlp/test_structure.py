"""The collaboration structure of plans: general Swedish patterns on fixtures, then the seeds in DOCX and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.extract import dated
from extractors.nlp.structure import (
    delregion_of,
    find_structure,
    forum_level,
    frequency,
    member_roles,
)
from extractors.readers import read_document
from extractors.records import ForumLevel, MemberRole
from tests.fixtures.structure_documents import write_activity_plan, write_collaboration_plan

PLAN_004 = "seeds/004_721f2e6772a32009"
PLAN_003 = "seeds/003_88812d561de7dfd0"
DST = "Delregional tjänstemannaberedning strategisk nivå"
DOT = "Delregional tjänstemannaberedning operativ nivå"
LOCAL = "Lokal samverkan på kommun/enhets/avdelningsnivå (lokal nivå)"


def structure(path: Path):
    document = read_document(path)
    return find_structure(document, dated(document)[0])


def test_frequency_patterns() -> None:
    assert frequency("2ggr/termin inför Delregionala Samverkan") == "2 ggr/termin"
    assert frequency("Minst 2 ggr/termin samt vb") == "minst 2 ggr/termin"
    assert frequency("4 gånger per år") == "4 ggr/år"
    assert frequency("Vid behov") is None


def test_forum_levels_from_names() -> None:
    assert forum_level("Delregional tjänstemannaberedning strategisk nivå") == ForumLevel.SUBREGIONAL_STRATEGIC
    assert forum_level("Delregional tjänstemannaberedning på operativ nivå") == ForumLevel.SUBREGIONAL_OPERATIVE
    assert forum_level("Medicinsk samverkan (lokal nivå)") == ForumLevel.LOCAL
    assert forum_level("Central tjänstemannaberedning") == ForumLevel.CENTRAL
    assert forum_level("SVU-nätverket") == ForumLevel.NETWORK
    assert forum_level("Styrelsen") is None


def test_sub_regions_as_written() -> None:
    assert delregion_of("för hälso- och sjukvård i Skåne Nordost") == "Nordöstra"
    assert delregion_of("tillämpning delregion Sydvästra Skåne") == "Sydvästra"
    assert delregion_of("Central tjänstemannaberedning") is None


def test_seats_per_municipality_role_and_organisation() -> None:
    assert member_roles("Förvaltningschefer för kommunerna Osby och Bromölla") == [
        MemberRole("Förvaltningschef", "Osbys kommun"), MemberRole("Förvaltningschef", "Bromöllas kommun")]
    assert member_roles("Representant från privata vårdgivare") == [MemberRole("Representant", "privata vårdgivare")]
    assert member_roles("Sjukhuschef Hässleholms sjukhus") == [MemberRole("Sjukhuschef", "Hässleholms sjukhus")]
    assert member_roles("Hälso- och sjukvårdsstrateg Skånes sjukhus nordost") == [
        MemberRole("Hälso- och sjukvårdsstrateg", "Skånes sjukhus nordost")]
    # two seats in one line, the second starting after a comma with a role
    seats = member_roles("Chefläkare från Hässleholms sjukhus, Medicinsk ansvarig sjuksköterska från kommunerna Osby")
    assert seats == [MemberRole("Chefläkare", "Hässleholms sjukhus"),
                     MemberRole("Medicinsk ansvarig sjuksköterska", "Osbys kommun")]


def test_forums_of_a_plan_worded_differently(tmp_path: Path) -> None:
    forums = {f.name: f for f in structure(write_collaboration_plan(tmp_path / "plan.docx")).forums}
    assert list(forums) == ["Delregional tjänstemannaberedning", "Operativ arbetsgrupp", "SVU-nätverket"]
    board = forums["Delregional tjänstemannaberedning"]
    assert board.delregion == "Sydvästra" and board.frequency == "4 ggr/år"
    assert board.chair_arrangement == "alternerar"
    assert board.chairs == ("Förvaltningschef Trelleborgs kommun", "Sektorchef Svedala kommun")
    assert MemberRole("Förvaltningschef Vård och omsorg", "Trelleborgs kommun") in board.members
    assert board.reports_to == ("Central tjänstemannaberedning",)
    assert board.assigns_to == ("Operativ arbetsgrupp",)
    assert "Fastställer den delregionala aktivitetsplanen" in board.mandates
    group = forums["Operativ arbetsgrupp"]
    assert group.conveners == ("Processledare Nära vård",) and group.chairs == ()
    assert group.frequency == "minst 1 ggr/månad"
    assert group.assigned_by == ("Delregional tjänstemannaberedning",)
    assert group.reports_to == ("Delregional tjänstemannaberedning",)  # "Redovisar arbetet till"


def test_results_per_year_columns(tmp_path: Path) -> None:
    path = write_activity_plan(tmp_path / "plan.docx", "2025-10-01", [
        ("SIP-utbildning i alla kommuner", "Våren 2025", "Processledarna Nära vård",
         "Antal genomförda utbildningstillfällen per kommun", "7 tillfällen", "9 tillfällen")])
    found = structure(path)
    assert [(a.number, a.title) for a in found.focus_areas] == [
        ("1", "Personcentrerat arbets- och förhållningssätt"), ("1.a", "Samordnad individuell plan, SIP")]
    (activity,) = found.activities
    assert (activity.level, activity.focus_number, activity.plan_year) == ("delregional", "1.a", 2025)
    assert [(r.year, r.text) for r in activity.results] == [(2024, "7 tillfällen"), (2025, "9 tillfällen")]


def test_minutes_have_no_structure(corpus_dir: Path) -> None:
    for name in ("seeds/000_41b1c107cb92fb54.docx", "seeds/002_29b22617ecf2e467.pdf", "dev/2025-03-11_dtb_sydvastra.docx"):
        found = structure(corpus_dir / name)
        assert (found.forums, found.focus_areas, found.activities) == ((), (), ())


@pytest.mark.parametrize("extension", ["docx", "pdf"])
def test_the_four_forum_levels_of_004(corpus_dir: Path, extension: str) -> None:
    forums = {f.name: f for f in structure(corpus_dir / f"{PLAN_004}.{extension}").forums}
    assert list(forums) == [DST, DOT, "Medicinsk samverkan (lokal nivå)", LOCAL]
    assert [f.level for f in forums.values()] == [ForumLevel.SUBREGIONAL_STRATEGIC, ForumLevel.SUBREGIONAL_OPERATIVE,
                                                  ForumLevel.LOCAL, ForumLevel.LOCAL]
    assert {f.delregion for f in forums.values()} == {"Nordöstra"}
    strategic = forums[DST]
    assert strategic.chair_arrangement == "alternerar"
    assert strategic.chairs == ("Förvaltningschef Osby kommun", "Hälso- och sjukvårdsstrateg Skånes sjukhus nordost")
    assert strategic.frequency == "2 ggr/termin"
    assert MemberRole("Förvaltningschef", "Hässleholms kommun") in strategic.members
    assert len([m for m in strategic.members if m.role == "Förvaltningschef"]) == 6
    assert strategic.reports_to == ("Delregionala Samverkan",)
    assert strategic.assigns_to == (DOT,)
    assert "Ansvarar för verksamhetsplan för de olika områdena inom ramen för Hälso- och sjukvårdsavtalet" \
        in strategic.mandates
    operative = forums[DOT]
    assert operative.reports_to == ("Delregional tjänstemannaberedning på strategisk nivå",)
    assert operative.assigned_by == ("Delregional tjänstemannaberedning på strategisk nivå",)
    assert operative.assigns_to == ("Lokala samverkansgrupper",)
    assert forums["Medicinsk samverkan (lokal nivå)"].chair_arrangement == "delat"
    assert forums["Medicinsk samverkan (lokal nivå)"].reports_to == ("Delregional operativ tjänstemannaberedning",)
    local = forums[LOCAL]
    assert local.conveners == ("Kommunen",) and local.frequency == "minst 2 ggr/termin"
    assert local.reports_to == ("Delregional tjänstemannaberedning på operativ nivå",)
    assert len(local.mandates) == 7


def _activity_view(found):
    return [(a.focus_number, a.level, a.text[:60], a.timing, a.responsible, tuple(r.year for r in a.results))
            for a in found.activities]


def test_focus_areas_and_activities_of_003(corpus_dir: Path) -> None:
    found = structure(corpus_dir / f"{PLAN_003}.docx")
    assert [a.number for a in found.focus_areas] == ["1", "1.a", "1.c", "1.d", "2", "2.a", "2.b", "3", "4", "5", "6"]
    titles = {a.number: a.title for a in found.focus_areas}
    assert titles["1"] == "Personcentrerat arbets- och förhållningssätt"
    assert titles["1.a"] == "Samordnad individuell plan, SIP och dokumenterad överenskommelse"
    activities = {a.text: a for a in found.activities}
    training = next(a for text, a in activities.items() if text.startswith("Digital utbildning i Lagen om samverkan"))
    assert (training.focus_number, training.level) == ("1.a", "delregional")
    assert training.responsible == "Lena Jeppsson, Inger Andersson och Lotta Tyrberg"
    assert training.timing == "Våren och hösten 2024 – maj, september och november"
    assert training.indicator.startswith("Antal genomförda utbildningstillfällen")
    assert [r.year for r in training.results] == [2024]
    assert training.results[0].text.startswith("6 genomförda utbildningstillfällen. Det går inte")
    assert training.central_activity.startswith("Uppföljning av gemensamma utbildningsinsatser")
    childcheck = next(a for text, a in activities.items() if text.startswith("Childcheck"))
    assert (childcheck.focus_number, childcheck.timing, childcheck.responsible) == (
        "5", "April 2024 – juni 2025", "Verksamhetsområde vuxenpsykiatri Kristianstad")
    families = activities["Stödja utveckling av etablering av fler familjecentraler"]
    assert families.level == "central" and families.results[0].text == "Familjecentral finns i 5 av 6 kommuner"
    # rows of tables pasted into a result cell are not activities
    assert not any(text in activities for text in ("Kommun", "Bromölla", "Aviseringskälla", "Hässleholm"))


def test_003_reads_the_same_from_docx_and_pdf(corpus_dir: Path) -> None:
    from_docx = structure(corpus_dir / f"{PLAN_003}.docx")
    from_pdf = structure(corpus_dir / f"{PLAN_003}.pdf")
    assert [(a.number, a.title) for a in from_pdf.focus_areas] == [(a.number, a.title) for a in from_docx.focus_areas]
    assert len(from_docx.activities) == 52
    assert _activity_view(from_pdf) == _activity_view(from_docx)


def test_004_reads_the_same_from_docx_and_pdf(corpus_dir: Path) -> None:
    assert [(f.name, f.members, f.mandates, f.reports_to) for f in structure(corpus_dir / f"{PLAN_004}.pdf").forums] \
        == [(f.name, f.members, f.mandates, f.reports_to) for f in structure(corpus_dir / f"{PLAN_004}.docx").forums]


def test_the_dev_activity_plan(corpus_dir: Path) -> None:
    found = structure(corpus_dir / "dev" / "2024-10-15_aktivitetsplan_sydvastra.docx")
    assert len(found.activities) == 14  # the figures table under 1.b ("Aviseringskälla | Antal") is not one
    rows = {a.text: a for a in found.activities}
    review = rows["Kartläggning av SIP-kvalitet genom granskning av tio SIP:ar per kommun"]
    assert (review.focus_number, review.responsible, review.plan_year) == ("1.a", "Operativa arbetsgruppen", 2024)
