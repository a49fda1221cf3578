"""One dynamic partition per document, keyed by its path relative to the inbox."""

from __future__ import annotations

from pathlib import Path

from dagster import DynamicPartitionsDefinition

documents_partitions = DynamicPartitionsDefinition(name="documents")
SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md")


def partition_key(inbox: Path, path: Path) -> str:
    return path.relative_to(inbox).as_posix()


def inbox_files(inbox: Path) -> list[Path]:
    """Supported files under the inbox, recursively (linked folders are not followed, so a folder loop ends);
    hidden and Office lock files skipped."""
    if not inbox.is_dir():
        return []
    found = []
    for path in sorted(inbox.rglob("*")):
        if path.name.startswith((".", "~$")) or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if path.is_symlink() and not path.exists():
            found.append(path)  # a dangling or looping link: read, it fails with its reason, not dropped
        elif path.is_file():
            found.append(path)
    return found
