"""Text lines of PDF pages without ruled tables, read with pdfium (pypdfium2).

pdfplumber builds a Python object for every character, which makes it the slowest part of
ingesting an archive (about 0.15 s a page). Pages without ruled tables need only lines of text
with their position, font size and weight; pdfium gives those as text runs (its "rects": the
stretches of one line it lays out together) some fifty times faster. Pages with ruled tables keep
pdfplumber's table finder (see :mod:`extractors.readers.pdf`).
"""

from __future__ import annotations

import ctypes
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c

from extractors.readers.blocks import clean

RULES_FOR_A_TABLE = 4  # a ruled table draws at least this many path objects; a header rule does not
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_TEXT_FIXES = str.maketrans({"\x02": "-", "\r": " ", "\n": " ", "\ufffe": "-"})  # pdfium's hyphen marks


@dataclass(frozen=True)
class TextRun:
    top: float  # from the top of the page, like pdfplumber
    bottom: float
    x0: float
    x1: float
    text: str
    size: float
    bold: bool


@dataclass(frozen=True)
class TextLine:
    """A line of a page, read by pdfium or pdfplumber: what paragraphs are rebuilt from."""

    page: int
    top: float
    bottom: float
    x0: float
    text: str
    size: float
    bold: bool


def has_ruled_table(page: pypdfium2.PdfPage) -> bool:
    paths = 0
    for page_object in page.get_objects(max_depth=1):
        paths += page_object.type == _PATH
        if paths >= RULES_FOR_A_TABLE:
            return True
    return False


def text_runs(page: pypdfium2.PdfPage) -> list[TextRun]:
    text_page = page.get_textpage()
    try:
        height = page.get_height()
        runs = []
        for index in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(index)
            text = text_page.get_text_bounded(left, bottom, right, top).translate(_TEXT_FIXES)
            if text.strip():
                runs.append(_run(text_page, height, (left, bottom, right, top), text))
        return runs
    finally:
        text_page.close()


def _run(text_page, height: float, box: tuple[float, float, float, float], text: str) -> TextRun:
    left, bottom, right, top = box
    middle = (bottom + top) / 2
    first = _char_at(text_page, left + 0.5, middle)
    last = _char_at(text_page, right - 0.5, middle)
    size = pdfium_c.FPDFText_GetFontSize(text_page.raw, first) if first >= 0 else 0.0
    bold = first >= 0 and all(_is_bold(text_page, i) for i in {first, last} if i >= 0)
    run_bottom = height - bottom
    if first >= 0:  # the font's own box, as pdfplumber measures lines, not the glyphs' ink
        loose = pdfium_c.FS_RECTF()
        if pdfium_c.FPDFText_GetLooseCharBox(text_page.raw, first, loose):
            run_bottom = height - loose.bottom
    return TextRun(run_bottom - (size or top - bottom), run_bottom, left, right, text, size, bold)


def _char_at(text_page, x: float, y: float) -> int:
    index = text_page.get_index(x, y, 2, 2)
    return -1 if index is None else index


def _is_bold(text_page, index: int) -> bool:
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(text_page.raw, index, name, len(name), ctypes.byref(flags))
    return b"bold" in name.value.lower()


def lines_of(runs: Iterable[TextRun], page: int) -> list[TextLine]:
    """Runs on one baseline (within a quarter of the font size) make a line, read left to right."""
    lines: list[list[TextRun]] = []
    for run in sorted(runs, key=lambda r: (r.bottom, r.x0)):
        current = lines[-1] if lines else None
        if current and abs(run.bottom - current[0].bottom) <= max(2.0, 0.25 * max(run.size, current[0].size)):
            current.append(run)
        else:
            lines.append([run])
    return [_line(page, sorted(line, key=lambda r: r.x0)) for line in lines]


def _line(page: int, runs: Sequence[TextRun]) -> TextLine:
    text = runs[0].text
    for previous, run in itertools.pairwise(runs):
        apart = run.x0 - previous.x1 > 0.15 * max(run.size, 1.0)
        text += (" " if apart and not text.endswith(" ") else "") + run.text
    widest = max(runs, key=lambda r: len(r.text))
    sizes = [r.size for r in runs if r.size]
    return TextLine(page, min(r.top for r in runs), max(r.bottom for r in runs), runs[0].x0, clean(text),
                    statistics.median(sizes) if sizes else widest.size, all(r.bold for r in runs))
