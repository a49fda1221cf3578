"""Building blocks with character offsets into the document's body text."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Block, BlockKind, Provenance

_SPACES = re.compile(r"[ \t\u00a0]+")


def clean(text: str) -> str:
    """Collapse runs of spaces (keeping tabs out), strip, drop soft hyphens and zero-width chars."""
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return _SPACES.sub(" ", text).strip()


def table_text(rows: tuple[tuple[str, ...], ...]) -> str:
    """A table's text: cells joined by tabs, rows by newlines (the layout of the corpus .txt files)."""
    return "\n".join("\t".join(row) for row in rows)


def with_offsets(blocks: list[Block]) -> tuple[Block, ...]:
    """Fill char_start/char_end so they index into "\\n".join(block texts)."""
    placed: list[Block] = []
    offset = 0
    for block in blocks:
        end = offset + len(block.text)
        provenance = replace(block.provenance, char_start=offset, char_end=end)
        placed.append(replace(block, provenance=provenance))
        offset = end + 1
    return tuple(placed)


def looks_like_header_row(rows: tuple[tuple[str, ...], ...]) -> bool:
    """A first row of short, label-like cells (Aktivitet, Ansvarig, Tidplan ...) is a header."""
    if len(rows) < 2:
        return False
    first = [cell for cell in rows[0] if cell]
    labels = {"aktivitet", "ansvarig", "tidplan", "indikator", "resultat", "åtgärd", "status", "klart senast",
              "namn", "roll", "organisation", "post", "närvarande", "datum", "uppdrag", "kommentar"}
    return bool(first) and sum(cell.lower().rstrip(":") in labels for cell in first) >= max(1, len(first) // 2)


def paragraph_block(kind: BlockKind, text: str, provenance: Provenance, level: int = 0) -> Block:
    return Block(kind=kind, text=text, provenance=provenance, level=level)
