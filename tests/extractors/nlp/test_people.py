"""People rules on small documents written for the test: protocol formats of boards and associations."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import extract
from extractors.model import Block, BlockKind, Provenance
from extractors.nlp.people import is_person_name, signature_table
from extractors.readers import read_document
from extractors.records import Attendance
from tests.fixtures.documents import write_docx


def test_a_signature_grid_is_read_column_by_column(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "arsmote.docx", ["Datum: 2023-07-25", "Justeras"],
                      table=[("Carl Ek", "Karin Holm", "Anders Berg"), ("Ordförande", "Justerare", "Justerare")],
                      heading="Årsmöte")
    records = extract(read_document(path))
    people = {p.name: p for p in records.people}
    assert people["Karin Holm"].roles == ("Justerare",)
    assert people["Anders Berg"].attendance == Attendance.PRESENT
    assert not {o.name for o in records.organisations} & set(people)
    block = Block(BlockKind.TABLE, "", Provenance(), rows=(("Mötesordförande", "Mötessekreterare"),
                                                            ("Edvard Ek", "Gustav Holm")))
    assert [(m.name, m.forum_role) for m in signature_table(block, 0, "doc")] == [
        ("Edvard Ek", "Mötesordförande"), ("Gustav Holm", "Mötessekreterare")]


def test_given_names_listed_alone_and_folded_into_the_full_name(tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.md"
    path.write_text("# Anteckningar 2020-03-13\nVid protokollet: Tomas Berg\n\nDeltar i denna del gör:\n\n"
                    "- *Vilma*\n- Tomas\n- Jenny/Tobias\n- Mer kaffe\n", encoding="utf-8")
    people = {p.name: p for p in extract(read_document(path)).people}
    assert set(people) == {"Tomas Berg", "Vilma", "Jenny", "Tobias"}
    assert people["Tomas Berg"].aliases == ("Tomas",)


def test_a_genitive_given_name_names_a_place_and_tabs_never_join_names() -> None:
    assert not is_person_name("Ann-Maries Loge")
    assert not is_person_name("Annas Café")
    assert is_person_name("Anders Nylander")
    block = Block(BlockKind.TABLE, "Post\tNamn\tNärvarande\nSekreterare\tGustav Dalemo\tNej", Provenance(),
                  rows=(("Post", "Namn", "Närvarande"), ("Sekreterare", "Gustav Dalemo", "Nej")), has_header=True)
    from extractors.nlp.people import from_signatures, from_table
    assert from_signatures((block,), "doc") == []
    assert [(m.name, m.role, m.attendance) for m in from_table(block, 0, "doc", Attendance.PRESENT)] == [
        ("Gustav Dalemo", "Sekreterare", Attendance.ABSENT)]


def test_given_names_as_subjects_nicknames_and_misspellings(tmp_path: Path) -> None:
    path = tmp_path / "styrelsemote.md"
    path.write_text("# Styrelsemöte 2024-09-23\nNärvarande: Lukas Gartman, Anna Berg, Anna Holm\n\n"
                    "Alex vill ha fler studenter, och Nils hade velat ha någon mer. Inga motioner har inkommit.\n\n"
                    "Lucas undersöker priset. Anna berättade om läget. Per person blir det dyrt.\n\n"
                    'Med vänlig hälsning Carolinn "Quercus" Bergstad, Källarmästare\n', encoding="utf-8")
    people = {p.name: p for p in extract(read_document(path)).people}
    assert set(people) == {"Lukas Gartman", "Anna Berg", "Anna Holm", "Alex", "Nils", "Carolinn Bergstad"}
    assert people["Lukas Gartman"].aliases == ("Lucas",)
    assert people["Carolinn Bergstad"].aliases == ('Carolinn "Quercus" Bergstad',)


def test_an_address_that_spells_the_name_belongs_to_the_person(tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.md"
    path.write_text("# Anteckningar 2024-01-18\nNärvarande: Åsa Öberg, Per Ek\n\n"
                    "Frågor till asa.oberg@example.se eller pek@example.se, kansliet@example.se.\n", encoding="utf-8")
    people = {p.name: p.email for p in extract(read_document(path)).people}
    assert people == {"Åsa Öberg": "asa.oberg@example.se", "Per Ek": "pek@example.se"}


def test_names_run_together_on_a_signature_line_are_several_people() -> None:
    from extractors.nlp.people import from_text

    block = Block(BlockKind.PARAGRAPH, "Carl Ek Karin Barck Holst Anders Berg", Provenance())
    assert [m.name for m in from_text(block, 0, "doc")] == ["Carl Ek", "Karin Barck Holst", "Anders Berg"]
    block = Block(BlockKind.PARAGRAPH, "Per Olof Kronström valdes.", Provenance())
    assert [m.name for m in from_text(block, 0, "doc")] == ["Per Olof Kronström"]
