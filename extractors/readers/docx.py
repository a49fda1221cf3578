"""DOCX with python-docx: body paragraphs and tables in document order."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from extractors.errors import CorruptDocumentError
from extractors.model import Block, BlockKind, Provenance
from extractors.readers.blocks import clean, looks_like_header_row, paragraph_block, table_text

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)", re.IGNORECASE)
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}


def read_docx(path: Path) -> tuple[list[Block], tuple[str, ...], tuple[str, ...], str]:
    """Return body blocks, header lines, footer lines and the core-properties title."""
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise CorruptDocumentError(str(path), f"damaged Word document ({err})") from err
    except etree.XMLSyntaxError as err:
        if "depth" in str(err).lower():  # libxml2 refuses > 256 levels: tables nested in tables in ...
            raise CorruptDocumentError(str(path), "the document is nested too deeply to read (tables inside "
                                                  "tables, over 256 levels of structure)") from err
        raise CorruptDocumentError(str(path), f"damaged Word document (invalid XML: {err})") from err
    blocks: list[Block] = []
    table_index = 0
    style_names = _paragraph_style_names(document)
    for index, element in enumerate(document.element.body.iterchildren()):
        if element.tag == qn("w:p"):
            block = _paragraph(Paragraph(element, document), index, style_names)
            if block is not None:
                blocks.append(block)
        elif element.tag == qn("w:tbl"):
            blocks.extend(_table(Table(element, document), index, table_index))
            table_index += 1
    headers, footers = _headers_and_footers(document)
    return blocks, headers, footers, document.core_properties.title or ""


def paragraph_text(element) -> str:
    """Visible text of a w:p: inserted text kept, deleted text (w:delText) never included."""
    parts = []
    for node in element.iter(*_TEXT_TAGS):
        replacement = _TEXT_TAGS[node.tag]
        parts.append(node.text or "" if replacement is None else replacement)
    return "".join(parts)


def _paragraph_style_names(document: DocxDocument) -> dict[str | None, str]:
    """Style id -> name, with None for the default paragraph style. python-docx's
    ``paragraph.style`` searches the style list on every call, most of a DOCX read's time."""
    names: dict[str | None, str] = {style.style_id: style.name or "" for style in document.styles
                                    if style.type == WD_STYLE_TYPE.PARAGRAPH}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    names[None] = default.name or "" if default is not None else ""
    return names


def _paragraph(paragraph: Paragraph, index: int, style_names: dict[str | None, str]) -> Block | None:
    text = clean(paragraph_text(paragraph._p))
    if not text:
        return None
    provenance = Provenance(paragraph=index)
    style_id = paragraph._p.style
    style = style_names.get(style_id, style_names[None])
    heading = _HEADING_STYLE.match(style)
    if heading:
        return paragraph_block(BlockKind.HEADING, text, provenance, level=int(heading.group(1)))
    if style.lower() == "title":
        return paragraph_block(BlockKind.HEADING, text, provenance, level=1)
    list_level = _list_level(paragraph, style)
    if list_level is not None:
        return paragraph_block(BlockKind.LIST_ITEM, text, provenance, level=list_level)
    return paragraph_block(BlockKind.PARAGRAPH, text, provenance)


def _list_level(paragraph: Paragraph, style: str) -> int | None:
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is not None and numbering.ilvl is not None:
        return int(numbering.ilvl.val)
    if numbering is not None or style.lower().startswith(("list", "liststycke")):
        match = re.search(r"(\d)$", style)
        return int(match.group(1)) - 1 if match else 0
    return None


def _table(table: Table, index: int, table_index: int) -> list[Block]:
    """One table block; tables nested in cells follow it as blocks of their own."""
    rows: list[tuple[str, ...]] = []
    nested: list[Block] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a horizontally merged cell repeats: keep it once
                continue
            seen.add(id(cell._tc))
            cells.append(clean(" ".join(paragraph_text(p) for p in cell._tc.iterchildren(qn("w:p")))))
            for inner in cell.tables:
                nested.extend(_table(inner, index, table_index))
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            rows.append(tuple(cells))
    if not rows:
        return nested
    frozen_rows = tuple(rows)
    block = Block(
        kind=BlockKind.TABLE,
        text=table_text(frozen_rows),
        provenance=Provenance(paragraph=index, table=table_index),
        rows=frozen_rows,
        has_header=looks_like_header_row(frozen_rows),
    )
    return [block, *nested]


def _headers_and_footers(document: DocxDocument) -> tuple[tuple[str, ...], tuple[str, ...]]:
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for part, sink in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous and sink:
                continue
            for element in part._element.iter(qn("w:p")):
                text = clean(paragraph_text(element))
                if text and text not in sink:
                    sink.append(text)
    return tuple(headers), tuple(footers)
