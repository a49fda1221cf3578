"""Follow-up linking on the dev corpus: the cases each rule exists for, checked against the gold."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from extractors.extract import extract_paths
from extractors.records import ActionStatus


@pytest.fixture(scope="module")
def linked(corpus_dir: Path) -> dict[str, dict[str, tuple[str, ActionStatus]]]:
    """document -> earlier action text -> (earlier document, status now)."""
    records, errors = extract_paths(sorted((corpus_dir / "dev").glob("*.docx")))
    assert not errors
    return {r.document.name: {f.action_text: (f.earlier_document, f.status_now) for f in r.follow_ups}
            for r in records}


def test_a_later_report_repeating_the_earlier_report_links_to_the_task(linked) -> None:
    # 2022-11-08: "Representation ...: Tobias har ännu inte fått svar från branschrådet. Kvarstår."
    # 2023-05-23: "Representation ...: branschrådet har utsett Maja Ekholm ... Klar." shares little
    # with the task's own words, much with the earlier report.
    task = "Tobias tar frågan vidare till branschrådet."
    assert linked["2022-11-08_dtb_sydvastra.docx"][task] == ("2022-03-15_dtb_sydvastra.docx", ActionStatus.OPEN)
    assert linked["2023-05-23_dtb_sydvastra.docx"][task] == ("2022-03-15_dtb_sydvastra.docx", ActionStatus.DONE)


def test_progress_sentences_are_read_with_what_they_report_on(linked) -> None:
    # "... i uppdrag att kartlägga SIP-kvaliteten i delregionen. Arbetet med kartläggningen har påbörjats."
    operative = linked["2024-03-05_operativ_arbetsgrupp_sydvastra.docx"]
    assert operative["Operativa arbetsgruppen redovisar kartläggningen hösten 2024."][1] == ActionStatus.IN_PROGRESS
    # "Processledarna presenterar förslag på indikatorer ... enligt uppdrag": delivered.
    indicators = "Processledarna återkommer med förslag på indikatorer till operativa arbetsgruppens möte 5/3."
    assert operative[indicators][1] == ActionStatus.DONE


def test_a_plan_row_without_progress_is_not_a_report(linked) -> None:
    plan = linked["2024-10-15_aktivitetsplan_sydvastra.docx"]
    journal = "Johan undersöker möjligheten till gemensam journalåtkomst via NPÖ för hemsjukvården i Vellinge"
    assert not any(text.startswith(journal) for text in plan)  # its row says "Ej påbörjad"
    assert not any(text.startswith("Processledarna återkommer till nästa möte") for text in plan)  # closed 2022


def test_a_plan_row_restating_an_open_task_is_that_task(linked) -> None:
    # The plan repeats Johan's NPÖ task as a row; the 2025 report belongs to the task raised in 2024.
    latest = linked["2025-03-11_dtb_sydvastra.docx"]
    journal = next(text for text in latest if text.startswith("Johan undersöker möjligheten"))
    assert latest[journal] == ("2024-02-06_dtb_sydvastra.docx", ActionStatus.OPEN)
    assert not any(text.startswith("Gemensam journalåtkomst via NPÖ") for text in latest)


def test_a_task_closed_recently_may_be_confirmed_again(linked) -> None:
    # Reported done on 2024-03-05 and confirmed by the plan of 2024-10-15 (gold lists both).
    plan = linked["2024-10-15_aktivitetsplan_sydvastra.docx"]
    contact_list = next(text for text in plan if text.startswith("Birgitta tar fram en kontaktlista"))
    assert plan[contact_list] == ("2023-05-23_dtb_sydvastra.docx", ActionStatus.DONE)


def test_an_unnumbered_section_of_what_happened_since_the_last_meeting_reports(tmp_path: Path) -> None:
    first = tmp_path / "sammanfattning-2024-09-30.md"
    first.write_text("# Sammanfattning 2024-09-30\nNärvarande: Tullverket, Vinnova\n"
                     "## Att göra\n* Skicka enkäten om arbetssätt till medlemmarna - Vinnova\n", encoding="utf-8")
    later = tmp_path / "sammanfattning-2024-10-21.md"
    later.write_text("# Sammanfattning 2024-10-21\nNärvarande: Tullverket, Vinnova\n"
                     "## Hänt sen förra mötet\n* Enkäten om arbetssätt är skickad till medlemmarna och klar.\n",
                     encoding="utf-8")
    records, errors = extract_paths([first, later])
    assert not errors
    assert [(f.action_text, f.status_now) for f in records[1].follow_ups] == [
        ("Skicka enkäten om arbetssätt till medlemmarna - Vinnova", ActionStatus.DONE)]


def _minutes(path: Path, region: str, day: str, items: list[tuple[str, str | list[str]]]) -> Path:
    """Minutes as the forums write them: a title, the date, numbered agenda items as headings."""
    document = docx.Document()
    document.add_heading(f"Minnesanteckningar delregional tjänstemannaberedning {region}", level=1)
    document.add_paragraph(f"Datum: {day}")
    for number, (heading, paragraphs) in enumerate(items, start=1):
        document.add_heading(f"{number}. {heading}", level=2)
        for text in [paragraphs] if isinstance(paragraphs, str) else paragraphs:
            document.add_paragraph(text)
    document.save(path)
    return path


def test_a_report_links_to_its_own_sub_regions_task_not_an_earlier_one_worded_alike(tmp_path: Path) -> None:
    # Five sub-regions work on the same things: Sydvästra's report is about Sydvästra's task, even
    # though Nordöstra raised one worded alike two days earlier.
    task = ("Mobila team", "Processledarna Nära vård tar fram en kartläggning av mobila team till nästa möte.")
    report = ("Återkoppling från föregående möte",
              "Återkoppling: Processledarna Nära vård redovisar kartläggningen av mobila team. Klar.")
    paths = [_minutes(tmp_path / "2024-02-06_dtb_nordostra.docx", "Nordöstra", "2024-02-06", [task]),
             _minutes(tmp_path / "2024-02-08_dtb_sydvastra.docx", "Sydvästra", "2024-02-08", [task]),
             _minutes(tmp_path / "2024-03-05_dtb_sydvastra.docx", "Sydvästra", "2024-03-05", [report]),
             _minutes(tmp_path / "2024-03-07_dtb_nordostra.docx", "Nordöstra", "2024-03-07", [report])]
    records, errors = extract_paths(paths)
    assert not errors
    links = {r.document.name: [(f.earlier_document, f.status_now) for f in r.follow_ups] for r in records}
    assert links["2024-03-05_dtb_sydvastra.docx"] == [("2024-02-08_dtb_sydvastra.docx", ActionStatus.DONE)]
    assert links["2024-03-07_dtb_nordostra.docx"] == [("2024-02-06_dtb_nordostra.docx", ActionStatus.DONE)]


def test_tasks_worded_alike_stay_apart_by_what_and_where(tmp_path: Path) -> None:
    # Two tasks of one owner at one meeting share how tasks are written and the municipality; two
    # tasks of another owner differ only by the municipality. Each is its own task (none restates
    # another), and each report finds its own.
    paths = [
        _minutes(tmp_path / "2024-01-09_dtb_nordostra.docx", "Nordöstra", "2024-01-09", [
            ("SIP", ("Elin ansvarar för att ta fram en gemensam tidplan för SIP-utbildningen i Bromölla senast "
                     "den 31 maj 2024."))]),
        _minutes(tmp_path / "2024-02-06_dtb_nordostra.docx", "Nordöstra", "2024-02-06", [
            ("Barn och unga", ("Karin ansvarar för att ta fram en kartläggning av insatser för barn och unga "
                               "med psykisk ohälsa i Östra Göinge till nästa möte.")),
            ("Antibiotika i hemmet", ("Karin ansvarar för att ta fram en gemensam rutin för Antibiotika i hemmet "
                                      "i Östra Göinge till nästa möte.")),
            ("SIP i Kristianstad", ("Elin ansvarar för att ta fram en gemensam tidplan för SIP-utbildningen i "
                                    "Kristianstad senast den 31 maj 2024."))]),
        _minutes(tmp_path / "2024-03-05_dtb_nordostra.docx", "Nordöstra", "2024-03-05", [
            ("Återkoppling från föregående möte", [
                "Återkoppling: Karin redovisar rutinen för Antibiotika i hemmet i Östra Göinge. Klar.",
                "Återkoppling: Elin redovisar tidplanen för SIP-utbildningen i Kristianstad. Klar."])])]
    records, errors = extract_paths(paths)
    assert not errors
    assert sorted((f.earlier_document, f.action_text) for f in records[2].follow_ups) == [
        ("2024-02-06_dtb_nordostra.docx",
         "Elin ansvarar för att ta fram en gemensam tidplan för SIP-utbildningen i Kristianstad senast den 31 maj 2024."),
        ("2024-02-06_dtb_nordostra.docx",
         "Karin ansvarar för att ta fram en gemensam rutin för Antibiotika i hemmet i Östra Göinge till nästa möte.")]


def test_approving_the_previous_minutes_reports_on_no_task(tmp_path: Path) -> None:
    # "Föregående minnesanteckningar" is their approval, not a follow-up of tasks: the chair welcoming
    # a new member from the municipality of the chair's open task is no report on it (and, once
    # taken for one, every later welcome was).
    def welcome(line: str) -> tuple[str, list[str]]:
        return ("Välkomna och föregående minnesanteckningar",
                [line, "Pernilla hälsar välkommen. Föregående minnesanteckningar godkänns."])

    paths = [
        _minutes(tmp_path / "2024-01-09_dtb_sydvastra.docx", "Sydvästra", "2024-01-09", [
            welcome("Mötet inleds."), ("Utbildning", ("Pernilla återkommer med en inventering av "
                                                     "utbildningsbehovet i Svedala senast 2024-04-30."))]),
        _minutes(tmp_path / "2024-02-06_dtb_sydvastra.docx", "Sydvästra", "2024-02-06", [
            welcome("Pernilla hälsar Nils Berg välkommen som ny verksamhetschef i Svedala.")]),
        _minutes(tmp_path / "2024-03-05_dtb_sydvastra.docx", "Sydvästra", "2024-03-05", [
            welcome("Mötet inleds."), ("Återkoppling från föregående möte",
                                       "Pernilla redovisar inventeringen av utbildningsbehovet i Svedala. Klar.")])]
    records, errors = extract_paths(paths)
    assert not errors
    assert records[1].follow_ups == ()
    assert [(f.earlier_document, f.status_now, f.source.quote) for f in records[2].follow_ups] == [
        ("2024-01-09_dtb_sydvastra.docx", ActionStatus.DONE,
         "Pernilla redovisar inventeringen av utbildningsbehovet i Svedala. Klar.")]


def _plan(path: Path, region: str, year: str, rows: list[tuple[str, str, str]]) -> Path:
    """An activity plan as the forums write them: Aktivitet | Tidplan | Ansvarig | Indikator | Resultat."""
    document = docx.Document()
    document.add_heading(f"Delregional aktivitetsplan {region} {year}", level=1)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("Aktivitet", "Tidplan", "Ansvarig", "Indikator", "Resultat"),
                          strict=True):
        cell.text = text
    for activity, indicator, result in rows:
        for cell, text in zip(table.add_row().cells, (activity, f"November {year} – april {int(year) + 1}",
                                                      "Processledarna Nära vård", indicator, result), strict=True):
            cell.text = text
    document.save(path)
    return path


def test_a_plan_row_reports_on_its_own_activity_not_one_that_shares_its_columns(tmp_path: Path) -> None:
    # Every row of a plan has the same owner and period and indicators worded alike ("Antal
    # genomförda ..."); a new activity in a later plan, with its own progress, is no report on an
    # older activity in the same municipality.
    health = "Hälsosamtal för personer över 75 år på vårdcentralerna i Trelleborg"
    training = "Gemensam SIP-utbildning för kommuner och vårdcentraler i Trelleborg"
    paths = [_plan(tmp_path / "2020-02-04_aktivitetsplan_sydvastra.docx", "Sydvästra", "2020",
                   [(health, "Antal genomförda hälsosamtal", "Ej påbörjad")]),
             _plan(tmp_path / "2020-10-06_aktivitetsplan_sydvastra.docx", "Sydvästra", "2020",
                   [(health, "Antal genomförda hälsosamtal", "Pågår")]),
             _plan(tmp_path / "2022-02-01_aktivitetsplan_sydvastra.docx", "Sydvästra", "2022",
                   [(training, "Antal genomförda utbildningstillfällen", "Pågår")])]
    records, errors = extract_paths(paths)
    assert not errors
    assert [(f.action_text, f.status_now) for f in records[1].follow_ups] == [(health, ActionStatus.IN_PROGRESS)]
    assert records[2].follow_ups == ()
