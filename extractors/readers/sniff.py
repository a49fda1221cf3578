"""Decide a file's format from its bytes, not its name, and enforce size limits."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    UnsupportedFormatError,
)


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_unzipped_bytes: int = 200 * 1024 * 1024  # guards against zip bombs
    max_zip_ratio: int = 200


def sniff_format(path: Path, limits: ReadLimits) -> str:
    """Return "pdf", "docx" or "text"; raise a DocumentError naming the reason."""
    if path.is_symlink() and not path.exists():
        raise CorruptDocumentError(str(path), "a shortcut (symbolic link) that leads nowhere or loops back on itself")
    if not path.is_file():
        raise CorruptDocumentError(str(path), "not a readable file")
    size = path.stat().st_size
    if size == 0:
        raise CorruptDocumentError(str(path), "the file is empty (0 bytes)")
    if size > limits.max_bytes:
        raise DocumentTooLargeError(str(path), f"{size} bytes is over the limit of {limits.max_bytes}")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        _check_docx_zip(path, limits)
        return "docx"
    if path.suffix.lower() in {".txt", ".md", ".markdown"}:
        return "text"
    raise UnsupportedFormatError(
        str(path), f"not a DOCX, PDF or text file (starts with {head[:4]!r}, name says {path.suffix or 'nothing'})"
    )


def _check_docx_zip(path: Path, limits: ReadLimits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        raise CorruptDocumentError(str(path), f"damaged or truncated zip container ({err})") from err
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise UnsupportedFormatError(str(path), "a zip file but not a Word document (no word/document.xml)")
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > limits.max_unzipped_bytes or total / packed > limits.max_zip_ratio:
        raise DocumentTooLargeError(
            str(path), f"unpacks to {total} bytes ({total // packed}x its size): refused as a possible zip bomb"
        )
