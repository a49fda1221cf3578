"""The bad-input suite: every kind of broken file users' shared drives hold, in one inbox with good
minutes. Each bad file fails with one line naming it and the reason; the good ones are ingested."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from graph.stores.falkordb import EmbeddedServer, FalkorDBStore
from pipelines.runner import ingest_inbox
from tests.fixtures.documents import write_encrypted_pdf, write_zip_bomb_docx


def write_many_pages_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Sida {number + 1}")
    pdf.output(str(path))
    return path


def write_nested_tables_docx(path: Path, depth: int) -> Path:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    for level in range(depth):
        cell = table.cell(0, 0)
        cell.paragraphs[0].text = f"Nivå {level}"
        table = cell.add_table(rows=1, cols=1)
    document.save(str(path))
    return path


# file name in the inbox -> words its failure reason must contain
EXPECTED_FAILURES = {
    "krypterad.pdf": "encrypted",
    "trunkerad.pdf": "damaged or truncated",
    "trunkerad.docx": "truncated",
    "tom.docx": "empty",
    "skräp.pdf": "not a DOCX, PDF or text file",
    "zipbomb.docx": "zip bomb",
    "2000 sidor.pdf": "2000 pages",
    "slinga.pdf": "loops back on itself",
    "djupt nästlade tabeller.docx": "nested too deeply",
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path):
    home = tmp_path_factory.mktemp("bad-input") / "home"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    good_docx = samples_dir / "2025-02-11_dtb_nordostra.docx"
    good_pdf = samples_dir / "2025-09-16_dtb_nordostra.pdf"
    shutil.copy(good_docx, inbox / "Protokoll 11 februari – Nordöstra åäö.docx")  # Swedish letters, spaces
    shutil.copy(good_pdf, inbox / "egentligen en pdf.docx")  # a PDF named .docx
    shutil.copy(samples_dir / "2025-04-08_dtb_nordostra.docx", inbox / "egentligen en docx.pdf")
    write_encrypted_pdf(inbox / "krypterad.pdf")
    (inbox / "trunkerad.pdf").write_bytes(good_pdf.read_bytes()[: good_pdf.stat().st_size // 2])
    (inbox / "trunkerad.docx").write_bytes(good_docx.read_bytes()[:2000])
    (inbox / "tom.docx").write_bytes(b"")
    (inbox / "skräp.pdf").write_bytes(os.urandom(4096).replace(b"%PDF", b"xxxx"))
    write_zip_bomb_docx(inbox / "zipbomb.docx", megabytes=64)
    write_many_pages_pdf(inbox / "2000 sidor.pdf", 2000)
    write_nested_tables_docx(inbox / "djupt nästlade tabeller.docx", 120)
    write_nested_tables_docx(inbox / "nästlade tabeller.docx", 12)
    (inbox / "windows-1252.txt").write_bytes("Minnesanteckningar\nDatum: 2025-03-04\nÅsa Öberg tar fram "
                                             "ett förslag senast 2025-04-30.\n".encode("cp1252"))
    (inbox / "slinga.pdf").symlink_to(inbox / "slinga.pdf")  # a link that points at itself
    (inbox / "undermapp").mkdir()
    (inbox / "undermapp" / "tillbaka").symlink_to(inbox, target_is_directory=True)  # a folder loop
    try:
        yield home, ingest_inbox(home)
    finally:
        EmbeddedServer(home).stop()


def test_each_bad_file_fails_alone_with_its_reason(ingested) -> None:
    _, summary = ingested
    failed = dict(summary.failed)
    assert set(failed) == set(EXPECTED_FAILURES)
    for name, words in EXPECTED_FAILURES.items():
        assert name in failed[name] and words in failed[name], failed[name]


def test_the_good_files_are_in_the_graph(ingested) -> None:
    home, summary = ingested
    with FalkorDBStore(home) as store:
        _, rows = store.read("MATCH (d:Document) RETURN d.name ORDER BY d.name")
        names = [name for (name,) in rows]
        _, people = store.read("MATCH (p:Person {name: 'Åsa Öberg'}) RETURN count(p)")
    assert names == sorted(["Protokoll 11 februari – Nordöstra åäö.docx", "egentligen en pdf.docx",
                            "egentligen en docx.pdf", "nästlade tabeller.docx", "windows-1252.txt"])
    assert people == [[1]]  # the Windows-1252 text decoded, å and Ö intact
    assert summary.documents_in_graph == len(names)


def test_a_second_run_reads_nothing_again(ingested) -> None:
    home, _ = ingested
    again = ingest_inbox(home)
    assert again.processed == () and set(dict(again.failed)) == set(EXPECTED_FAILURES)
