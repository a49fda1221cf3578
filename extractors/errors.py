"""Typed errors of reading and extraction. Messages name the file and the reason."""

from __future__ import annotations


class MinutesGraphError(Exception):
    """Base of every error this project raises on purpose."""


class DocumentError(MinutesGraphError):
    """A file could not be turned into a Document. ``str(err)`` is one line for users."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormatError(DocumentError):
    """Not a DOCX, PDF or text file (sniffed from content, not the name)."""


class CorruptDocumentError(DocumentError):
    """Truncated, damaged, encrypted or otherwise unreadable."""


class DocumentTooLargeError(DocumentError):
    """Over a configured limit (bytes, pages, uncompressed size)."""


class NoTextLayerError(DocumentError):
    """A scanned PDF without text; OCR is needed."""
