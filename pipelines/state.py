"""The pipeline's own state under <home>/state/: the ingest ledger (per document, whether it was
ingested or failed and why), the kept corpus step, and whether the graph is due a rebuild."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from graph.corpus import CorpusStore, code_version
from graph.corrections import changed_since_last_build, file_fingerprint


@dataclass(frozen=True)
class LedgerEntry:
    partition: str  # path relative to the inbox
    status: str  # "ingested" | "failed"
    sha256: str | None
    reason: str | None
    document_key: str | None
    updated: str  # ISO timestamp


class Ledger:
    """One small JSON file per document, so parallel partitions never write the same file."""

    def __init__(self, home: Path):
        self.folder = home / "state" / "ledger"

    def _path(self, partition: str) -> Path:
        return self.folder / f"{hashlib.sha256(partition.encode()).hexdigest()[:20]}.json"

    def record(self, partition: str, status: str, sha256: str | None, reason: str | None = None,
               document_key: str | None = None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        entry = LedgerEntry(partition, status, sha256, reason, document_key,
                            dt.datetime.now().isoformat(timespec="seconds"))
        self._path(partition).write_text(json.dumps(asdict(entry), ensure_ascii=False), encoding="utf-8")

    def forget(self, partition: str) -> None:
        self._path(partition).unlink(missing_ok=True)

    def entries(self) -> dict[str, LedgerEntry]:
        if not self.folder.is_dir():
            return {}
        entries = (LedgerEntry(**json.loads(p.read_text(encoding="utf-8"))) for p in self.folder.glob("*.json"))
        return {e.partition: e for e in entries}


def file_sha256(path: Path) -> str:
    """Content hash; a file that cannot be opened (a looping link) hashes its path, so it is
    tried, fails with its reason and is recorded, and is tried again only when it changes."""
    if path.is_symlink() and not path.exists():
        return "unreadable-" + hashlib.sha256(str(path).encode()).hexdigest()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def corpus_store(home: Path) -> CorpusStore:
    return CorpusStore(home / "state" / "corpus")


def rebuild_reason(home: Path) -> str | None:
    """Why the graph should be built again though no file changed, as a key that names the change
    (the sensor's run key, so that it asks once per change): corrections.yaml was edited, or
    minutes-graph's linking, resolving or building code was upgraded. None: no reason."""
    if changed_since_last_build(home):
        return f"corrections:{file_fingerprint(home)}"
    if corpus_store(home).built_by_other_code():
        return f"code:{code_version()}"
    return None
