"""Reading DOCX, PDF and text into blocks: structure, provenance, page furniture, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from extractors.model import BlockKind, DocumentKind
from extractors.readers import ReadLimits, read_document
from tests.fixtures.documents import (
    write_docx,
    write_encrypted_pdf,
    write_image_only_pdf,
    write_pdf,
    write_pdf_table,
    write_zip_bomb_docx,
)

WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def test_docx_keeps_body_order_tables_and_headings(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "m.docx", ["Beslut: Planen fastställs."],
                      table=[("Deltagare:", "", ""), ("Åsa Öberg", "Socialchef", "Höör")],
                      header="Vårdsamverkan Skåne – Sida 1", heading="Minnesanteckningar operativ arbetsgrupp")
    document = read_document(path)
    kinds = [b.kind for b in document.blocks]
    assert kinds == [BlockKind.HEADING, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert document.blocks[1].rows == (("Deltagare:",), ("Åsa Öberg", "Socialchef", "Höör"))
    assert document.headers == ("Vårdsamverkan Skåne – Sida 1",)
    assert "Vårdsamverkan" not in document.text
    assert document.kind == DocumentKind.MINUTES
    third = document.blocks[2]
    assert document.text[third.provenance.char_start:third.provenance.char_end] == "Beslut: Planen fastställs."


def test_pdf_drops_repeating_footer_and_keeps_paragraphs(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "m.pdf", [["Första sidan med ett stycke om samverkan."],
                                         ["Andra sidan. Petra samordnar förslagen senast 2024-03-01."]],
                     footer="Sida {page} av 2")
    document = read_document(path)
    assert document.page_count == 2
    assert not any("Sida" in b.text for b in document.blocks)
    assert any("Sida" in f for f in document.footers)
    second = next(b for b in document.blocks if b.text.startswith("Andra sidan"))
    assert second.provenance.page == 2


def test_pdf_joins_hyphenated_line_ends_but_keeps_real_hyphens(tmp_path: Path) -> None:
    long_word = "Sam-\nverkansgruppen träffas. Hälso- och sjukvården deltar."
    path = write_pdf(tmp_path / "h.pdf", [[long_word]])
    text = read_document(path).text
    assert "Samverkansgruppen" in text
    assert "Hälso- och sjukvården" in text


def test_pdf_table_comes_out_as_rows_and_columns(tmp_path: Path) -> None:
    rows = [("Åtgärd", "Ansvarig", "Klart senast"), ("Ta fram rutin", "Anna Berg", "2024-05-31"),
            ("Kartlägg SIP", "Per Ek", "2024-06-30")]
    document = read_document(write_pdf_table(tmp_path / "t.pdf", rows))
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert tables[0].rows == tuple(rows)
    assert tables[0].has_header


def test_text_file_tab_rows_become_a_table_and_cp1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes("Närvarande:\nÅsa Öberg\tMAS\tHöör\nPer Ek\tSocialchef\tLund\n- punkt ett\n".encode("cp1252"))
    document = read_document(path)
    table = next(b for b in document.blocks if b.kind == BlockKind.TABLE)
    assert table.rows == (("Åsa Öberg", "MAS", "Höör"), ("Per Ek", "Socialchef", "Lund"))
    assert document.blocks[-1].kind == BlockKind.LIST_ITEM
    assert any("Windows-1252" in w for w in document.warnings)


@pytest.mark.parametrize("make, error", [
    (lambda p: p.write_bytes(b""), CorruptDocumentError),
    (lambda p: p.write_bytes(b"\x00\x01binary garbage" * 50), UnsupportedFormatError),
    (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog"), CorruptDocumentError),
])
def test_bad_pdf_inputs_raise_typed_errors_naming_the_file(tmp_path: Path, make, error) -> None:
    path = tmp_path / "trasig fil åäö.pdf"
    make(path)
    with pytest.raises(error) as raised:
        read_document(path)
    assert str(path) in str(raised.value)


def test_docx_that_is_really_a_pdf_is_read_by_its_content(tmp_path: Path) -> None:
    source = write_pdf(tmp_path / "real.pdf", [["Minnesanteckning om mobil röntgen."]])
    renamed = tmp_path / "felnamn.docx"
    renamed.write_bytes(source.read_bytes())
    assert read_document(renamed).format == "pdf"


def test_truncated_docx_and_zip_bomb_are_refused(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "ok.docx", ["Text"])
    truncated = tmp_path / "trunkerad.docx"
    truncated.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(CorruptDocumentError):
        read_document(truncated)
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        read_document(write_zip_bomb_docx(tmp_path / "bomb.docx", megabytes=64), ReadLimits(max_unzipped_bytes=32 << 20))


def test_encrypted_and_scanned_pdfs_are_explained(tmp_path: Path) -> None:
    with pytest.raises(CorruptDocumentError, match="password protected"):
        read_document(write_encrypted_pdf(tmp_path / "låst.pdf"))
    with pytest.raises(NoTextLayerError, match="OCR needed"):
        read_document(write_image_only_pdf(tmp_path / "skannad.pdf"))


def test_size_limit(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "stor.docx", ["x" * 1000])
    with pytest.raises(DocumentTooLargeError, match="over the limit"):
        read_document(path, ReadLimits(max_bytes=100))


def test_every_error_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"\xff\xfe\x00")
    try:
        read_document(path)
    except DocumentError:
        pass


def _corpus_pairs(corpus_dir: Path):
    for folder in ("seeds", "dev"):
        for docx_path in sorted((corpus_dir / folder).glob("*.docx")):
            yield docx_path, docx_path.with_suffix(".pdf")


def test_pdf_recovers_the_words_of_the_docx(corpus_dir: Path) -> None:
    """At least 98 % of each document's words come back from its PDF export, page furniture aside."""
    for docx_path, pdf_path in _corpus_pairs(corpus_dir):
        from_docx = read_document(docx_path)
        from_pdf = read_document(pdf_path)
        expected = words(from_docx.text)
        got = set(words(from_pdf.text + " " + " ".join(from_pdf.headers + from_pdf.footers)))
        found = sum(w in got for w in expected)
        assert found / len(expected) >= 0.98, f"{pdf_path.name}: {found}/{len(expected)} words"


def test_dev_headers_stay_out_of_the_body(corpus_dir: Path) -> None:
    for path in sorted((corpus_dir / "dev").glob("*.pdf")) + sorted((corpus_dir / "dev").glob("*.docx")):
        document = read_document(path)
        assert not any(b.text == "Vårdsamverkan Skåne – Delregion Sydvästra" for b in document.blocks), path.name


def test_participant_table_shape_in_dev_docx(corpus_dir: Path) -> None:
    document = read_document(corpus_dir / "dev" / "2024-02-06_dtb_sydvastra.docx")
    participants, invited = [b for b in document.blocks if b.kind == BlockKind.TABLE][:2]
    assert participants.rows[0] == ("Deltagare:",) and invited.rows[0] == ("Inbjudna:",)
    assert len(participants.rows) == 12 and len(invited.rows) == 5
    assert all(len(row) == 3 for row in participants.rows[1:] + invited.rows[1:])


def test_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    from tests.fixtures.documents import write_two_column_pdf

    left = [f"Vänster spalt stycke {n}: samverkan mellan kommun och region kring hemsjukvården." for n in range(6)]
    right = [f"Höger spalt stycke {n}: uppföljning av mobila team och trygg hemgång i delregionen." for n in range(6)]
    text = read_document(write_two_column_pdf(tmp_path / "spalter.pdf", left, right)).text
    assert text.index("Vänster spalt stycke 5") < text.index("Höger spalt stycke 0")
    assert "Vänster spalt stycke 0: samverkan mellan kommun och region kring hemsjukvården." in text


def test_table_continued_over_a_page_break_is_one_table(tmp_path: Path) -> None:
    from tests.fixtures.documents import write_long_table_pdf

    document = read_document(write_long_table_pdf(tmp_path / "lång.pdf", rows=70))
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert document.page_count >= 2
    assert len(tables) == 1
    assert tables[0].rows[0] == ("Åtgärd", "Ansvarig", "Klart senast")
    assert len(tables[0].rows) == 71 and tables[0].rows[-1][0] == "Åtgärd nummer 70"


def test_scanned_page_is_read_by_ocr_when_tesseract_is_installed(tmp_path: Path) -> None:
    from extractors.readers.ocr import ocr_languages
    from tests.fixtures.documents import write_scanned_pdf

    path = write_scanned_pdf(tmp_path / "skannad.pdf", ["Minnesanteckningar 2024-03-05",
                                                          "Beslut: Planen fastställs."])
    if ocr_languages() is None:
        with pytest.raises(NoTextLayerError, match="OCR needed"):
            read_document(path)
        pytest.skip("Tesseract is not installed: the page is reported as needing OCR (checked above)")
    document = read_document(path)
    assert "Planen fastställs" in document.text
    assert any("read by OCR" in w for w in document.warnings)


def test_pdf_paragraphs_come_back_whole_and_in_order(corpus_dir: Path) -> None:
    """Each DOCX paragraph of five words or more appears verbatim in the PDF's text (98 % at least)."""
    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    total = found = 0
    for docx_path, pdf_path in _corpus_pairs(corpus_dir):
        pdf_text = norm(read_document(pdf_path).text)
        for block in read_document(docx_path).blocks:
            if block.kind != BlockKind.TABLE and len(block.text.split()) >= 5:
                total += 1
                found += norm(block.text) in pdf_text
    assert found / total >= 0.98, f"{found}/{total} paragraphs"


def test_docx_merged_cells_nested_tables_and_tracked_changes(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Deltagare:"
    for cell, text in zip(table.rows[1].cells, ("Åsa Öberg", "MAS", "Höör"), strict=True):
        cell.text = text
    inner = table.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Inre", "tabell"
    paragraph = document.add_paragraph("Beslut: ")
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="Sekreterare" '
                                  f'w:date="2024-01-01T00:00:00Z"><w:r><w:t>Planen fastställs.</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="Sekreterare" '
                                  f'w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Planen bordläggs.</w:delText>'
                                  f'</w:r></w:del>'))
    path = tmp_path / "spårade ändringar.docx"
    document.save(path)
    blocks = read_document(path).blocks
    tables = [b for b in blocks if b.kind == BlockKind.TABLE]
    assert tables[0].rows[0] == ("Deltagare:",)  # the merged cell once, not three times
    assert tables[0].rows[1][:2] == ("Åsa Öberg", "MAS")
    assert tables[1].rows == (("Inre", "tabell"),)  # the nested table is kept
    assert blocks[-1].text == "Beslut: Planen fastställs."  # inserted text kept, deleted text gone
