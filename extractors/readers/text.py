"""Plain text and Markdown: one block per line, tab-separated runs as tables."""

from __future__ import annotations

import re
from pathlib import Path

from extractors.model import Block, BlockKind, Provenance
from extractors.readers.blocks import clean, looks_like_header_row, table_text

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^(\s*)(?:[-*•]|\d{1,2}[.)])\s+(.*)$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{2,}")


def decode(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 first; Windows-1252 (old Office exports) as a fallback, with a warning."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), ["text is not UTF-8: read as Windows-1252"]


def read_text(path: Path) -> tuple[list[Block], list[str]]:
    text, warnings = decode(path.read_bytes())
    lines = text.splitlines()
    if lines and lines[0].startswith("source: "):  # corpus files name their origin on line 1
        lines[0] = ""
    blocks: list[Block] = []
    table: list[tuple[str, ...]] = []
    table_line = 0
    for number, line in enumerate(lines, start=1):
        cells = _table_cells(line)
        if cells is not None:
            if not table:
                table_line = number
            if not _PIPE_RULE.match(line.strip()):
                table.append(cells)
            continue
        if table:
            blocks.append(_table_block(table, table_line, len(blocks)))
            table = []
        block = _line_block(line, number)
        if block is not None:
            blocks.append(block)
    if table:
        blocks.append(_table_block(table, table_line, len(blocks)))
    return blocks, warnings


def _table_cells(line: str) -> tuple[str, ...] | None:
    stripped = line.strip()
    if "\t" in line and stripped:
        cells = [clean(cell) for cell in line.split("\t")]
    elif stripped.startswith("|") and stripped.count("|") >= 2:
        cells = [clean(cell) for cell in stripped.strip("|").split("|")]
    else:
        return None
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _table_block(rows: list[tuple[str, ...]], line: int, index: int) -> Block:
    frozen = tuple(row for row in rows if any(row))
    return Block(BlockKind.TABLE, table_text(frozen), Provenance(paragraph=line, table=index), rows=frozen,
                 has_header=looks_like_header_row(frozen))


def _line_block(line: str, number: int) -> Block | None:
    text = clean(line)
    if not text:
        return None
    provenance = Provenance(paragraph=number)
    heading = _MD_HEADING.match(text)
    if heading:
        return Block(BlockKind.HEADING, clean(heading.group(2)), provenance, level=len(heading.group(1)))
    listed = _LIST.match(line) if not re.match(r"^\s*\d{1,2}[.)]\s", line) else None
    if listed:
        depth = len(listed.group(1).replace("\t", "  ")) // 2
        return Block(BlockKind.LIST_ITEM, clean(listed.group(2)), provenance, level=depth)
    return Block(BlockKind.PARAGRAPH, text, provenance)
