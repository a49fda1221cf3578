"""Pages without ruled tables are read with pdfium: the same blocks as pdfplumber gives, faster."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from extractors.readers import pdf as pdf_reader
from extractors.readers import read_document
from extractors.readers.pdf_text import has_ruled_table, lines_of, text_runs
from tests.fixtures.documents import write_pdf, write_pdf_table

# A slide deck with tables on some pages, a ten-page plan, and an eight-page board protocol
# from another body whose pages are plain text.
SAMPLES = ("seeds/002_29b22617ecf2e467.pdf", "dev/2024-10-15_aktivitetsplan_sydvastra.pdf",
           "real/r2_05_dvd_styrelse_2024-09-23.pdf")


def _blocks(path: Path) -> list[tuple]:
    document = read_document(path)
    return [(b.kind, b.text, b.provenance.page, b.level, b.rows) for b in document.blocks]


@pytest.mark.parametrize("sample", SAMPLES)
def test_fast_pages_give_the_blocks_pdfplumber_gives(corpus_dir: Path, sample: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_dir / sample
    fast = _blocks(path)
    monkeypatch.setattr(pdf_reader, "has_ruled_table", lambda page: True)  # pdfplumber on every page
    assert fast == _blocks(path)


def test_a_ruled_table_page_is_told_from_a_text_page(tmp_path: Path) -> None:
    table = write_pdf_table(tmp_path / "tabell.pdf", [("Aktivitet", "Ansvarig"), ("Utbildning", "Anna Berg")])
    text = write_pdf(tmp_path / "text.pdf", [["Beslut: Mötet beslutar att anta planen."]])
    with pypdfium2.PdfDocument(str(table)) as ruled, pypdfium2.PdfDocument(str(text)) as plain:
        assert has_ruled_table(ruled[0]) and not has_ruled_table(plain[0])


def test_runs_on_one_baseline_make_one_line_with_swedish_letters(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "rad.pdf", [["Åsa Öberg ansvarar för uppföljningen, klart 2025-06-30."]])
    with pypdfium2.PdfDocument(str(path)) as document:
        lines = lines_of(text_runs(document[0]), 1)
    assert [line.text for line in lines] == ["Åsa Öberg ansvarar för uppföljningen, klart 2025-06-30."]
    assert lines[0].size > 0 and lines[0].top < lines[0].bottom
