"""The document model every reader produces: ordered blocks with provenance.

Readers (``extractors.readers``) turn a file into a :class:`Document`; extraction
(``extractors.extract``) reads only this model, never the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class DocumentKind(StrEnum):
    MINUTES = "minutes"
    PLAN = "plan"
    PRESENTATION = "presentation"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Provenance:
    """Where a block sits in its file.

    ``page`` is 1-based for PDF (None for DOCX/text); ``paragraph`` is the 0-based
    index of the body element in DOCX, or the 1-based line number in text files;
    ``table`` the 0-based table index when the block is (in) a table.
    ``char_start``/``char_end`` are offsets into :attr:`Document.text`.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    char_start: int = 0
    char_end: int = 0


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    provenance: Provenance
    level: int = 0  # heading level (1 = top) or list nesting depth (0 = top)
    rows: tuple[tuple[str, ...], ...] = ()  # tables only: cell texts, header row first
    has_header: bool = False  # tables only: rows[0] is a header row


@dataclass(frozen=True)
class Document:
    """A read file. ``key`` is derived from the content hash, so it is stable."""

    path: str  # as given to the reader
    name: str  # file name only
    sha256: str
    format: str  # "docx" | "pdf" | "txt" | "md"
    page_count: int | None
    title: str
    kind: DocumentKind
    blocks: tuple[Block, ...]
    headers: tuple[str, ...] = ()  # page header lines, kept out of the body
    footers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return document_key(self.sha256)

    @property
    def text(self) -> str:
        """Body text; block provenance offsets index into this string."""
        return "\n".join(b.text for b in self.blocks)


def document_key(sha256: str) -> str:
    return f"doc-{sha256[:16]}"


__all__ = ["Block", "BlockKind", "Document", "DocumentKind", "Provenance", "document_key"]

