"""PDF: tables (pdfplumber), paragraphs rebuilt from lines (pdfium where no table), headings, page furniture removed."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from extractors.errors import CorruptDocumentError, DocumentTooLargeError, NoTextLayerError
from extractors.model import Block, BlockKind, Provenance
from extractors.readers.blocks import clean, looks_like_header_row, table_text
from extractors.readers.ocr import ocr_languages, ocr_page_text
from extractors.readers.pdf_text import TextLine, has_ruled_table, lines_of, text_runs
from extractors.readers.sniff import ReadLimits

_BULLET = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\u2013\-\uf0b7\u2023\u2043*]|\d{1,2}[.)])\s+")
_SYMBOL_BULLET = re.compile(r"^\s*[•\u2022\u25cf\u25aa\uf0b7\u2023\u2043*–-]\s+")
_MARGIN = 0.08  # top and bottom share of the page where running headers and footers live


@dataclass(frozen=True)
class PdfContent:
    blocks: list[Block]
    headers: tuple[str, ...]
    footers: tuple[str, ...]
    page_count: int
    title: str
    warnings: tuple[str, ...]


def read_pdf(path: Path, limits: ReadLimits) -> PdfContent:
    try:
        try:
            with pdfplumber.open(str(path)) as pdf:
                return _read_open_pdf(path, pdf, limits)
        except PdfminerException as wrapped:  # pdfplumber wraps pdfminer's own error: judge that one
            cause = wrapped.args[0] if wrapped.args and isinstance(wrapped.args[0], Exception) else None
            raise (cause or wrapped) from wrapped
    except (PDFPasswordIncorrect, PDFEncryptionError) as err:
        raise CorruptDocumentError(str(path), "the PDF is encrypted (password protected)") from err
    except (PDFSyntaxError, PSException) as err:
        raise CorruptDocumentError(str(path), f"damaged or truncated PDF ({err})") from err
    except Exception as err:  # pdfminer raises bare Exceptions on many malformed files
        if isinstance(err, CorruptDocumentError | NoTextLayerError | DocumentTooLargeError):
            raise
        raise CorruptDocumentError(str(path), f"unreadable PDF ({type(err).__name__}: {err})") from err


def _read_open_pdf(path: Path, pdf, limits: ReadLimits) -> PdfContent:
    page_count = len(pdf.pages)
    if page_count > limits.max_pages:
        raise DocumentTooLargeError(str(path), f"{page_count} pages is over the limit of {limits.max_pages}")
    lines: list[TextLine] = []
    tables: list[tuple[int, float, tuple[tuple[str, ...], ...]]] = []
    empty_pages: list[int] = []
    fast = _open_pdfium(path)
    try:
        for number, page in enumerate(pdf.pages, start=1):
            fast_page = fast[number - 1] if fast is not None else None
            if fast_page is not None and not has_ruled_table(fast_page):
                page_lines, page_tables = _pdfium_page_lines(number, fast_page, page.width, page.height), []
            else:
                page_lines, page_tables = _plumber_page(number, page, tables)
            if not page_lines and not page_tables:
                empty_pages.append(number)
            lines.extend(_in_margin(line, page.height) for line in page_lines)
    finally:
        if fast is not None:
            fast.close()
    scanned, warnings = _read_scanned(pdf, empty_pages)
    if empty_pages and not scanned and len(empty_pages) == page_count:
        raise NoTextLayerError(str(path), f"no text layer on pages {_ranges(empty_pages)}: OCR needed")
    body, headers, footers = _split_furniture(lines, page_count)
    blocks = _merge_blocks(_paragraphs(body) + scanned, tables)
    title = pdf.metadata.get("Title", "") if isinstance(pdf.metadata, dict) else ""
    return PdfContent(blocks, headers, footers, page_count, str(title or ""), tuple(warnings))


def _read_scanned(pdf, pages: list[int]) -> tuple[list[tuple[Block, float]], list[str]]:
    """OCR the pages without a text layer when Tesseract is installed; else say they need it."""
    if not pages:
        return [], []
    languages = ocr_languages()
    if languages is None:
        return [], [f"no text layer on pages {_ranges(pages)}: OCR needed (install tesseract-ocr-swe)"]
    blocks: list[tuple[Block, float]] = []
    for number in pages:
        text = ocr_page_text(pdf.pages[number - 1], languages)
        for position, paragraph in enumerate(re.split(r"\n\s*\n", text)):
            joined = _join_lines([clean(line) for line in paragraph.splitlines() if clean(line)] or [""])
            if joined:
                blocks.append((Block(BlockKind.PARAGRAPH, joined, Provenance(page=number)), float(position)))
    return blocks, [f"pages {_ranges(pages)} read by OCR ({languages}): check names and dates"]


def _open_pdfium(path: Path) -> pypdfium2.PdfDocument | None:
    """pdfium for the pages without ruled tables; None (pdfplumber throughout) if it cannot open the file."""
    try:
        return pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return None


def _plumber_page(number: int, page, tables: list) -> tuple[list[TextLine], list]:
    """A page with ruled tables: pdfplumber finds them, and reads the text around them."""
    page_tables = [t for t in page.find_tables() if t.bbox]
    for table in page_tables:
        rows = _table_rows(table.extract())
        if rows:
            tables.append((number, table.bbox[1], rows))
    outside = page
    for table in page_tables:
        outside = outside.outside_bbox(table.bbox)
    return _page_lines(number, outside), page_tables


def _pdfium_page_lines(number: int, page: pypdfium2.PdfPage, width: float, height: float) -> list[TextLine]:
    """Like :func:`_page_lines`, from pdfium's text runs."""
    runs = text_runs(page)
    gutter = _gutter([(r.top, r.x0, r.x1, len(r.text.strip())) for r in runs], width, height)
    if gutter is None:
        regions = [runs]
    else:
        top, bottom = height * _MARGIN, height * (1 - _MARGIN)
        middle = [r for r in runs if top <= (r.top + r.bottom) / 2 <= bottom]
        regions = [[r for r in runs if (r.top + r.bottom) / 2 < top],
                   [r for r in middle if (r.x0 + r.x1) / 2 < gutter],
                   [r for r in middle if (r.x0 + r.x1) / 2 >= gutter],
                   [r for r in runs if (r.top + r.bottom) / 2 > bottom]]
    return [line for region in regions for line in lines_of(region, number) if line.text]


def _page_lines(number: int, page) -> list[TextLine]:
    """Lines in reading order; a two-column body is read left column first, then right."""
    spans = [(c["top"], c["x0"], c["x1"], 1) for c in page.chars if c["text"].strip()]
    gutter = _gutter(spans, page.width, page.height)
    if gutter is None:
        regions = [page]
    else:
        top, bottom = page.height * _MARGIN, page.height * (1 - _MARGIN)
        regions = [page.crop((0, 0, page.width, top)), page.crop((0, top, gutter, bottom)),
                   page.crop((gutter, top, page.width, bottom)), page.crop((0, bottom, page.width, page.height))]
    lines = [_line(number, raw) for region in regions for raw in region.extract_text_lines(return_chars=True)]
    return [line for line in lines if line.text]


def _gutter(spans: list[tuple[float, float, float, int]], width: float, height: float) -> float | None:
    """The x of an empty vertical band in the middle of the body, with text on both sides.
    ``spans``: (top, x0, x1, characters) of characters or runs of text."""
    top, bottom = height * _MARGIN, height * (1 - _MARGIN)
    body = [span for span in spans if top <= span[0] <= bottom]
    characters = sum(span[3] for span in body)
    if characters < 200:
        return None
    covered = [False] * (int(width) + 1)
    for _, x0, x1, _ in body:
        for x in range(int(x0), min(int(x1) + 1, len(covered))):
            covered[x] = True
    start, best = None, None
    for x in range(int(width * 0.3), int(width * 0.7)):
        if not covered[x]:
            start = x if start is None else start
            if x - start >= 8 and (best is None or x - start > best[1] - best[0]):
                best = (start, x)
        else:
            start = None
    if best is None:
        return None
    gutter = (best[0] + best[1]) / 2
    left = sum(span[3] for span in body if span[2] <= gutter)
    return gutter if min(left, characters - left) >= 0.2 * characters else None


def _line(page: int, raw: dict) -> TextLine:
    chars = raw.get("chars") or []
    sizes = [c.get("size", 0.0) for c in chars if c.get("text", "").strip()]
    bold = bool(chars) and all("bold" in (c.get("fontname") or "").lower() for c in chars if c.get("text", "").strip())
    return TextLine(page, raw["top"], raw["bottom"], raw["x0"], clean(raw["text"]),
                 statistics.median(sizes) if sizes else 0.0, bold)


def _in_margin(line: TextLine, height: float) -> tuple[TextLine, str | None]:
    if line.bottom < height * _MARGIN:
        return line, "top"
    if line.top > height * (1 - _MARGIN):
        return line, "bottom"
    return line, None


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _split_furniture(lines, page_count: int) -> tuple[list[TextLine], tuple[str, ...], tuple[str, ...]]:
    """Lines in the page margins that recur on several pages (digits ignored) are headers/footers."""
    counts = Counter((where, _furniture_key(line.text)) for line, where in lines if where)
    repeated = {key for key, count in counts.items() if count >= 2}
    page_number = re.compile(r"^(?:sida\s*)?\d+(?:\s*(?:av|/)\s*\d+)?$", re.IGNORECASE)
    body: list[TextLine] = []
    headers: list[str] = []
    footers: list[str] = []
    for line, where in lines:
        if where and ((where, _furniture_key(line.text)) in repeated or page_number.match(line.text)):
            sink = headers if where == "top" else footers
            if line.text not in sink:
                sink.append(line.text)
        else:
            body.append(line)
    return body, tuple(headers), tuple(footers)


def _paragraphs(lines: list[TextLine]) -> list[tuple[Block, float]]:
    """Blocks with the vertical position of their first line (to place tables between them)."""
    if not lines:
        return []
    body_size = statistics.median(line.size for line in lines)
    blocks: list[tuple[Block, float]] = []
    current: list[TextLine] = []

    def flush() -> None:
        if current:
            blocks.append((_make_block(current, body_size), current[0].top))
            current.clear()

    for line in lines:
        if current and _starts_new_block(current[-1], line, body_size):
            flush()
        current.append(line)
    flush()
    return blocks


def _is_heading(line: TextLine, body_size: float) -> bool:
    return line.size >= body_size * 1.12 or (line.bold and len(line.text) < 120)


def _starts_new_block(previous: TextLine, line: TextLine, body_size: float) -> bool:
    if line.page != previous.page:
        return not _continues(previous, line)
    # Wrapped lines sit close; a paragraph break leaves more than ~0.6 of a line of white space.
    if line.top - previous.bottom > 0.6 * max(previous.size, line.size, 1.0):
        return True
    if _BULLET.match(line.text):
        return True
    return _is_heading(line, body_size) != _is_heading(previous, body_size)


def _continues(previous: TextLine, line: TextLine) -> bool:
    """A paragraph running over a page break: the previous line ends mid-sentence."""
    return bool(previous.text) and previous.text[-1] not in ".:!?" and line.text[:1].islower()


def _make_block(lines: list[TextLine], body_size: float) -> Block:
    text = _join_lines([line.text for line in lines])
    first = lines[0]
    provenance = Provenance(page=first.page)
    if _is_heading(first, body_size):
        level = 1 if first.size >= body_size * 1.25 else 2
        return Block(BlockKind.HEADING, text, provenance, level=level)
    if _SYMBOL_BULLET.match(text):
        level = 1 if first.x0 > min(line.x0 for line in lines) + 10 else 0
        return Block(BlockKind.LIST_ITEM, _SYMBOL_BULLET.sub("", text, count=1), provenance, level=level)
    return Block(BlockKind.PARAGRAPH, text, provenance)


def _join_lines(texts: list[str]) -> str:
    """Join wrapped lines; "sam-" + "verkan" -> "samverkan", but "Hälso- och" stays."""
    joined = texts[0]
    for text in texts[1:]:
        if re.search(r"\d-$", joined) and text[:1].isdigit() or re.search(r"[A-ZÅÄÖ]-$", joined) and text[:1].islower():  # a date broken after a dash
            joined += text
        elif re.search(r"[a-zåäö]-$", joined) and text[:1].islower() and not _SUSPENDED.match(text):
            joined = joined[:-1] + text
        else:
            joined = f"{joined} {text}"
    return joined


# "Hälso- och sjukvård": a suspended compound, the hyphen is real.
_SUSPENDED = re.compile(r"(och|eller|samt|till|respektive)\b")


def _table_rows(raw: list[list[str | None]]) -> tuple[tuple[str, ...], ...]:
    rows = []
    for raw_row in raw:
        cells = [clean((cell or "").replace("\n", " ")) for cell in raw_row]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            rows.append(tuple(cells))
    return tuple(rows)


def _merge_blocks(paragraphs: list[tuple[Block, float]], tables) -> list[Block]:
    """Place tables between paragraphs by page and vertical position; join tables split by a page break."""
    positioned: list[tuple[int, float, Block]] = []
    for block, top in paragraphs:
        positioned.append((block.provenance.page or 0, top, block))
    for index, (page, top, rows) in enumerate(tables):
        block = Block(BlockKind.TABLE, table_text(rows), Provenance(page=page, table=index), rows=rows,
                      has_header=looks_like_header_row(rows))
        positioned.append((page, top, block))
    positioned.sort(key=lambda item: (item[0], item[1]))
    merged: list[Block] = []
    last_page = 0  # the page the previous block ends on (a joined table spans several)
    for page, _, block in positioned:
        previous = merged[-1] if merged else None
        if (previous is not None and block.kind == previous.kind == BlockKind.TABLE
                and page == last_page + 1 and len(block.rows[0]) == len(previous.rows[0])):
            rows = previous.rows + (block.rows[1:] if block.rows[0] == previous.rows[0] else block.rows)
            merged[-1] = Block(BlockKind.TABLE, table_text(rows), previous.provenance, rows=rows,
                               has_header=previous.has_header)
        else:
            merged.append(block)
        last_page = page
    return merged


def _ranges(pages: list[int]) -> str:
    spans: list[str] = []
    start = previous = pages[0]
    for page in pages[1:] + [None]:
        if page is not None and page == previous + 1:
            previous = page
            continue
        spans.append(f"{start}" if start == previous else f"{start}-{previous}")
        if page is not None:
            start = previous = page
    return ", ".join(spans)
