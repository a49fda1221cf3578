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


def markdown_actions(tmp_path: Path, text: str):
    path = tmp_path / "anteckningar.md"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path)).actions


def test_items_of_a_task_list_with_owners_after_a_dash_in_brackets_or_first(tmp_path: Path) -> None:
    actions = markdown_actions(tmp_path, (
        "# Sammanfattning 2024-03-04\n"
        "Närvarande: Tullverket, Kammarkollegiet, Vinnova\n"
        "## Att göra till nästa möte\n"
        "* Skicka ut enkäten till medlemmarna (Vinnova) - Tullverket\n"
        "* Kammarkollegiet, Vinnova - skissa på en gemensam tidplan <https://example.org/plan>\n"
        "* Läsa igenom förslaget - alla\n"
        "* Boka lokal för workshopen (Maja).\n"
        "## Övrigt\n"
        "* Lokalen var för liten.\n"))
    assert [(a.text[:20], a.owner, a.owner_kind) for a in actions] == [
        ("Skicka ut enkäten ti", "Tullverket", OwnerKind.ORGANISATION),
        ("Kammarkollegiet, Vin", "Kammarkollegiet", OwnerKind.ORGANISATION),
        ("Läsa igenom förslage", None, None),
        ("Boka lokal för works", "Maja", OwnerKind.PERSON)]
    assert "https" not in actions[1].text


def test_tasks_given_by_others_and_bodies_as_subjects(tmp_path: Path) -> None:
    actions = markdown_actions(tmp_path, (
        "Styrelsemöte 2023-07-25\n"
        "Närvarande: Bo Ek, Lisa Holm\n"
        "Vi sätter Bo på det.\n"
        "Årsmötet överlåter till styrelsen att utse en kassör. Om styrelsen inte hittar någon inom två månader "
        "kallas till extra årsmöte.\n"
        "Speciellt kommer Lisa skriva en text till hemsidan.\n"
        "Alla får till uppgift att läsa stadgarna.\n"
        "Samtliga styrelsemedlemmar tar fram förslag på aktiviteter.\n"
        "Tullverket kollar med Kammarkollegiet om avtalet.\n"))
    assert [(a.owner, a.due) for a in actions] == [
        ("Bo Ek", None), ("Styrelsen", date(2023, 9, 25)), ("Lisa Holm", None), (None, None),
        ("Styrelsen", None), ("Tullverket", None)]
    assert actions[1].text.endswith("kallas till extra årsmöte.")


def test_an_anaphoric_task_carries_what_it_refers_to(tmp_path: Path) -> None:
    actions = markdown_actions(tmp_path, "Styrelsemöte 2019-09-25\nNärvarande: Olle Berg\n"
                                         "En gemensam e-postlista vore bra. Olle fixar det när han har tid.\n")
    assert [a.text for a in actions] == ["En gemensam e-postlista vore bra. Olle fixar det när han har tid."]


def test_a_misspelt_given_name_and_later_reports_and_chairing(tmp_path: Path) -> None:
    table = [("Post", "Namn", "Närvarande"), ("Kassör", "Lukas Gartman", "Ja"), ("SAMO", "Josefin Ek", "Ja")]
    path = write_docx(tmp_path / "styrelsemote.docx", [
        "Datum: 2024-09-23",
        "Lucas undersöker en lösning till nästkommande styrelsemöte.",
        "Josefin presenterar en proposition vid nästa stämma för att införa tystnadsplikt.",
        "Josefin presenterar att kassan är god.",
        "Lukas lämnar ordet till revisorn."], table=table, heading="Styrelsemöte")
    actions = extract(read_document(path)).actions
    assert [(a.owner, a.due) for a in actions] == [("Lukas Gartman", None), ("Josefin Ek", None)]


def test_a_task_restated_as_a_proposal_is_one_task_owned_by_the_person(tmp_path: Path) -> None:
    table = [("Post", "Namn", "Närvarande"), ("SAMO", "Josefin Ek", "Ja")]
    background = "Styrelsen ska vid nästa stämma presentera en proposition för att införa tystnadsplikt för styrelsen."
    proposal = "Josefin presenterar en proposition vid nästa stämma för att införa tystnadsplikt för styrelsen."
    path = write_docx(tmp_path / "styrelsemote.docx", ["Datum: 2024-09-23", background, "Förslag", proposal,
                                                       "Beslut", "Attsats 1 bifalles."],
                      table=table, heading="Styrelsemöte")
    actions = extract(read_document(path)).actions
    assert [(a.owner, a.text[:7]) for a in actions] == [("Josefin Ek", "Josefin")]


def test_anaphora_across_a_line_break_but_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.txt"
    path.write_text("Styrelsemöte 2019-09-25\nNärvarande: Olle Berg, Emma Ek\n"
                    "En gemensam e-postlista vore bra.\nOlle fixar det när han har tid.\n"
                    "Utkastet diskuterades.\nEmma skickar ut det reviderade utkastet senast 15/10.\n",
                    encoding="utf-8")
    actions = extract(read_document(path)).actions
    assert [(a.owner, a.text) for a in actions] == [
        ("Olle Berg", "En gemensam e-postlista vore bra. Olle fixar det när han har tid."),
        ("Emma Ek", "Emma skickar ut det reviderade utkastet senast 15/10.")]


def test_similar_rows_of_one_table_stay_separate_tasks(tmp_path: Path) -> None:
    table = [("Åtgärd", "Ansvarig", "Klart senast"),
             ("Dialogmöten med brukarorganisationer om delaktighet i Osby", "Per Ek", "2024-05-31"),
             ("Dialogmöten med brukarorganisationer om delaktighet i Höör", "Lisa Holm", "2024-05-31")]
    path = write_docx(tmp_path / "lista.docx", ["DATUM 2024-01-18"], table=table)
    assert [a.owner for a in extract(read_document(path)).actions] == ["Per Ek", "Lisa Holm"]
