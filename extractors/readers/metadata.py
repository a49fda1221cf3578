"""Title and kind of a document, from its first lines and structure."""

from __future__ import annotations

import re

from extractors.model import Block, BlockKind, DocumentKind

_KIND_WORDS: tuple[tuple[DocumentKind, re.Pattern[str]], ...] = (
    (DocumentKind.PROTOCOL, re.compile(r"\bprotokoll\b|\bårsmöte|\bstyrelsemöte", re.IGNORECASE)),
    (DocumentKind.MINUTES, re.compile(r"minnesanteckning|mötesanteckning|sammanfattning.*möte|arbetsmöte",
                                      re.IGNORECASE)),
    (DocumentKind.PLAN, re.compile(r"aktivitetsplan|handlingsplan|verksamhetsplan|delregionala planen",
                                   re.IGNORECASE)),
    (DocumentKind.AGREEMENT, re.compile(r"samverkansplan|överenskommelse|avtal\b|samverkansstruktur",
                                        re.IGNORECASE)),
)
_NOT_TITLE = re.compile(r"^(datum|\d{4}-\d{2}-\d{2}|\d{6})$", re.IGNORECASE)


def detect_title(blocks: tuple[Block, ...], metadata_title: str) -> str:
    for block in blocks[:12]:
        if block.kind == BlockKind.HEADING and not _NOT_TITLE.match(block.text):
            return block.text
    for block in blocks[:6]:
        if block.kind == BlockKind.PARAGRAPH and len(block.text) > 12 and not _NOT_TITLE.match(block.text):
            return block.text
    return metadata_title.strip()


def detect_kind(blocks: tuple[Block, ...], title: str, file_name: str) -> DocumentKind:
    head = " ".join([title, file_name, *(b.text for b in blocks[:8])])
    for kind, pattern in _KIND_WORDS:
        if pattern.search(head):
            return kind
    if blocks and _slide_like(blocks):
        return DocumentKind.PRESENTATION
    return DocumentKind.UNKNOWN


def _slide_like(blocks: tuple[Block, ...]) -> bool:
    """Slide decks read as many short lines and few full sentences."""
    texts = [b.text for b in blocks if b.kind != BlockKind.TABLE]
    short = sum(len(t) < 60 for t in texts)
    return len(texts) >= 10 and short / len(texts) > 0.75
