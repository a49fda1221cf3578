"""Projects introduced by name, each form on lines written for the test."""

from __future__ import annotations

from pathlib import Path

import docx

from extractors.extract import extract
from extractors.nlp.projects import named_projects
from extractors.readers import read_document


def projects_in(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "anteckningar.md"
    path.write_text(text, encoding="utf-8")
    return [name for name, _, _ in named_projects(read_document(path))]


def test_projects_called_by_name_and_introduced_on_a_line(tmp_path: Path) -> None:
    assert projects_in(tmp_path, (
        "# Anteckningar 2020-03-13\n"
        'Anna såg tydliga delar i det delprojekt som kallas "AP7".\n\n'
        "- Projekt Läsfrämjande Nord, med syfte att öka läsandet\n"
        "- Pilot - Digitala hembesök i Osby\n"
        "- Kulturkompis – projekt för att stödja nyanlända\n"
        "- Projektmål och Projektet i stort diskuterades.\n")) == [
        "AP7", "Läsfrämjande Nord", "Digitala hembesök i Osby", "Kulturkompis"]


def test_a_section_named_by_the_pilot_it_describes(tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.docx"
    document = docx.Document()
    document.add_paragraph("2020-03-13")
    document.add_heading("Pipeline Fjäll", level=3)
    document.add_paragraph("Detta arbetsområde avser att genomföra en praktisk pilot där hela kedjan testas.")
    document.add_heading("Informatik", level=3)
    document.add_paragraph("Arbetsområdet berör standarder.")
    document.save(path)
    assert [p.name for p in extract(read_document(path)).projects] == ["Pipeline Fjäll"]
