"""Action rules on small documents written for the test: prose, "Ansvarig:", tables, non-actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from extractors.extract import extract
from extractors.readers import read_document
from extractors.records import ActionStatus, OwnerKind
from tests.fixtures.documents import write_docx

PARTICIPANTS = [("Deltagare:", "", ""), ("Ingrid Vesterberg", "Projektledare", "Primärvården Skåne"),
                ("Ingrid Westerlund", "Förvaltningschef", "Eslöv"), ("Per Ek", "MAS", "Höör")]


def actions_of(tmp_path: Path, paragraphs: list[str], table=None):
    path = write_docx(tmp_path / "2024-01-18_minnesanteckningar.docx", paragraphs, table=table or PARTICIPANTS,
                      heading="Minnesanteckningar operativ arbetsgrupp Mellersta")
    return extract(read_document(path)).actions


def test_first_names_resolve_through_the_presenter_of_the_item(tmp_path: Path) -> None:
    actions = actions_of(tmp_path, ["DATUM 2024-01-18", "7. Mobila team – Ingrid Vesterberg",
                                    "Ingrid tar frågan vidare och initierar med berörda."])
    assert [(a.owner, a.owner_kind) for a in actions] == [("Ingrid Vesterberg", OwnerKind.PERSON)]


def test_due_dates_groups_and_responsible_lines(tmp_path: Path) -> None:
    actions = actions_of(tmp_path, ["DATUM 2024-01-18", "1. Rutiner",
                                    "Per sammanställer synpunkter senast siste februari.",
                                    "Processledarna återkommer med en tidplan under våren.",
                                    "Projektplan tas fram och är klar 240430.", "Ansvarig: Per Ek"])
    assert [(a.owner, a.due) for a in actions] == [("Per Ek", date(2024, 2, 29)),
                                                   ("Processledarna Nära vård", date(2024, 6, 30)),
                                                   ("Per Ek", date(2024, 4, 30))]


def test_reports_and_events_are_not_actions(tmp_path: Path) -> None:
    actions = actions_of(tmp_path, ["DATUM 2024-01-18", "1. Information",
                                    "Per redovisar att fyra platser öppnar i mars.",
                                    "Webbinarium den 7 mars om SIP, inbjudan kommer.",
                                    "Per hälsar välkommen."])
    assert actions == ()


def test_action_table_rows_with_status(tmp_path: Path) -> None:
    table = [("Åtgärd", "Ansvarig", "Klart senast", "Status"),
             ("Ta fram en gemensam rutin för avisering", "Per Ek", "2024-05-31", "Pågår"),
             ("Kartlägga korttidsplatser i kommunerna", "Operativa arbetsgruppen", "Q3 2024", "Klar")]
    actions = actions_of(tmp_path, ["DATUM 2024-01-18", "Åtgärdslista"], table=PARTICIPANTS)
    assert actions == ()
    path = write_docx(tmp_path / "lista.docx", ["DATUM 2024-01-18"], table=table)
    rows = extract(read_document(path)).actions
    assert [(a.owner, a.due, a.status) for a in rows] == [
        ("Per Ek", date(2024, 5, 31), ActionStatus.IN_PROGRESS),
        ("Operativa arbetsgruppen", date(2024, 9, 30), ActionStatus.DONE)]


def test_protocol_and_task_list_phrasings(tmp_path: Path) -> None:
    path = tmp_path / "styrelsemote 2024-09-23.md"
    path.write_text("Styrelsemöte 2024-09-23\n"
                    "Att Lucas tar reda på vad krokarna kostar.\n"
                    "- Rensa upp i förslaget om roller och ta med det till nästa träff (Josef).\n"
                    "Styrelsen tar på sig att kontakta kommunen om en skylt.\n"
                    "Kristoffer ska få tillgång till förrådet.\n", encoding="utf-8")
    actions = extract(read_document(path)).actions
    assert [(a.owner, a.owner_kind) for a in actions] == [("Lucas", OwnerKind.PERSON), ("Josef", OwnerKind.PERSON),
                                                          ("Styrelsen", OwnerKind.ORGANISATION)]
