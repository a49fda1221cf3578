"""Reading speed on the shared corpus: our readers beside bare text extraction (run on demand).

    .venv/bin/python -m benchmarks.bench_read [CORPUS_DIR] [--repeat 3]

DOCX pages are counted from the PDF export of the same document. pypdfium2's bare text
extraction is the floor; pdfplumber's own extract_text shows what layout analysis costs before
our structure recovery (tables, paragraphs, headings, page furniture) adds its share.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pdfplumber
import pypdfium2

from extractors.readers import read_document

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _timed(function, paths: list[Path], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for path in paths:
            function(path)
        best = min(best, time.perf_counter() - start)
    return best


def pdfium_text(path: Path) -> None:
    document = pypdfium2.PdfDocument(str(path))
    for page in document:
        page.get_textpage().get_text_range()
    document.close()


def plumber_text(path: Path) -> None:
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pdfs = sorted(args.corpus.glob("*/*.pdf"))
    docxs = [p.with_suffix(".docx") for p in pdfs if p.with_suffix(".docx").exists()]
    pages = sum(len(pypdfium2.PdfDocument(str(p))) for p in pdfs)
    docx_pages = sum(len(pypdfium2.PdfDocument(str(p.with_suffix(".pdf")))) for p in docxs)
    rows = [
        ("DOCX, minutes-graph reader", docx_pages, _timed(read_document, docxs, args.repeat)),
        ("PDF, minutes-graph reader", pages, _timed(read_document, pdfs, args.repeat)),
        ("PDF, pdfplumber extract_text", pages, _timed(plumber_text, pdfs, args.repeat)),
        ("PDF, pypdfium2 text (floor)", pages, _timed(pdfium_text, pdfs, args.repeat)),
    ]
    print(f"{len(pdfs)} PDF and {len(docxs)} DOCX files from {args.corpus}, best of {args.repeat}\n")
    print("| reader | pages | seconds | pages/s |")
    print("|---|---|---|---|")
    for name, count, seconds in rows:
        print(f"| {name} | {count} | {seconds:.2f} | {count / seconds:.1f} |")


if __name__ == "__main__":
    main()
