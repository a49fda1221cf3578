"""Organisations by form and place, each rule on Swedish lines written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.extract import extract
from extractors.nlp.organisations import (
    affiliations,
    body_in_heading,
    listed_bodies,
    organisations_by_form,
    speaking_bodies,
)
from extractors.readers import read_document


@pytest.mark.parametrize("text, expected", [
    ("Frågan skickas till Pensionsmyndigheten och Kammarkollegiet.", ["Pensionsmyndigheten", "Kammarkollegiet"]),
    ("Havs- och Vattenmyndigheten deltog.", ["Havs- och Vattenmyndigheten"]),
    ("Enligt Tillväxtverkets rapport", ["Tillväxtverket"]),
    ("medlemmar i Norrbys Villaägareförening och Norrbys IF", ["Norrbys Villaägareförening", "Norrbys IF"]),
    ("Kontakt med Umeå universitet och Region Jämtland Härjedalen", ["Umeå universitet",
                                                                     "Region Jämtland Härjedalen"]),
    ("Avtal med Nordisk Städ AB om lokalvård", ["Nordisk Städ AB"]),
    ("Datasektionen och Förbundsstyrelsen bjuds in", ["Datasektionen", "Förbundsstyrelsen"]),
    ("Arbetsområdet och förrådet städas. Styrelsen och Mötet", []),
])
def test_bodies_by_their_form(text: str, expected: list[str]) -> None:
    assert organisations_by_form(text) == expected


def test_attendance_lines_that_list_bodies_not_people() -> None:
    assert listed_bodies("Närvarande: Tullverket, SCB, Kronofogden, (Inera - synk mellan mötena)") == [
        "Tullverket", "SCB", "Kronofogden", "Inera"]
    assert listed_bodies("Inbjudna: PTS (certifiering) och Sambruk. PTS väntar på svar.") == ["PTS", "Sambruk"]
    assert listed_bodies("Närvarande: Anna Berg, Per, Socialchef") == []


def test_people_from_a_body_and_bodies_that_speak() -> None:
    assert affiliations("Vi fick hjälp av Lena från Jämtland och kontakt med Bo Ek på KTH.") == [
        ("Lena", "Jämtland"), ("Bo Ek", "KTH")]
    assert affiliations("Mötet hölls på Zoom med Anna på Teams.") == []
    assert speaking_bodies("Gotland meddelade att de hade problem. Gruppen meddelade inget.") == ["Gotland"]
    assert speaking_bodies("Ett avtal där SKL åtagit sig att leverera. Vi i KarateKlubben tycker till.") == [
        "SKL", "KarateKlubben"]


def test_the_body_that_meets_is_named_in_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.md"
    path.write_text("# Mötesprotokoll\n## DaTe-sektionen\n## 3 mars 2021\nMötet öppnas.\n", encoding="utf-8")
    assert body_in_heading(read_document(path)) == "DaTe-sektionen"
    path.write_text("NollKit vårmöte 2021\n2021-03-03\nMötet öppnas.\n", encoding="utf-8")
    document = read_document(path)
    assert body_in_heading(document) == "NollKit"
    assert "NollKit" in {o.name for o in extract(document).organisations}
    path.write_text("Minnesanteckningar\nDelregional tjänstemannaberedning Mellersta\n2024-01-18\n", encoding="utf-8")
    assert body_in_heading(read_document(path)) is None


def test_bodies_one_deals_with() -> None:
    assert speaking_bodies("Vi planerar ett studiebesök på Ericsson. Sandvik drog sig ur som sponsor.") == [
        "Ericsson", "Sandvik"]
    assert speaking_bodies("Ordföranden har kontakt med DaTe-Ops styrelsen om ett samarbete med Anna.") == [
        "DaTe-Ops"]
