"""Readers: any supported file -> :class:`extractors.model.Document`.

``read_document`` sniffs the format from the bytes, never trusts the name, and raises
only :class:`extractors.errors.DocumentError` subclasses, each naming the file and reason.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.errors import CorruptDocumentError, DocumentError
from extractors.model import Document
from extractors.readers.blocks import with_offsets
from extractors.readers.docx import read_docx
from extractors.readers.metadata import detect_kind, detect_title
from extractors.readers.pdf import read_pdf
from extractors.readers.sniff import ReadLimits, sniff_format
from extractors.readers.text import read_text

__all__ = ["ReadLimits", "read_document"]


DEFAULT_LIMITS = ReadLimits()


def read_document(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    path = Path(path)
    try:
        return _read(path, limits)
    except DocumentError:
        raise
    except Exception as err:  # a library failing on a malformed file must not crash a batch
        raise CorruptDocumentError(str(path), f"could not be read ({type(err).__name__}: {err})") from err


def _read(path: Path, limits: ReadLimits) -> Document:
    file_format = sniff_format(path, limits)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    headers: tuple[str, ...] = ()
    footers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    page_count: int | None = None
    title = ""
    if file_format == "pdf":
        content = read_pdf(path, limits)
        blocks, headers, footers = content.blocks, content.headers, content.footers
        page_count, title, warnings = content.page_count, content.title, content.warnings
    elif file_format == "docx":
        blocks, headers, footers, title = read_docx(path)
    else:
        blocks, text_warnings = read_text(path)
        warnings = tuple(text_warnings)
        file_format = "md" if path.suffix.lower() in {".md", ".markdown"} else "txt"
    placed = with_offsets(blocks)
    title = detect_title(placed, title)
    return Document(
        path=str(path),
        name=path.name,
        sha256=digest,
        format=file_format,
        page_count=page_count,
        title=title,
        kind=detect_kind(placed, title, path.name),
        blocks=placed,
        headers=headers,
        footers=footers,
        warnings=warnings,
    )
