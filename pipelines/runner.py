"""Run the same assets in process (the CLI's path): one run per new or changed document, then the corpus."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dagster import DagsterInstance, FilesystemIOManager, materialize

from pipelines.assets import extracted_records, graph, parsed_document, resolved_entities
from pipelines.checks import ALL_CHECKS
from pipelines.partitions import documents_partitions, inbox_files, partition_key
from pipelines.resources import GraphStoreResource, MinutesHomeResource
from pipelines.state import Ledger, file_sha256

# The CLI prints its own progress; Dagster's event log stays in the instance (and the UI).
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass(frozen=True)
class IngestSummary:
    processed: tuple[str, ...]  # partitions read and extracted in this run
    unchanged: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (partition, reason)
    forgotten: tuple[str, ...]
    documents_in_graph: int


def instance_for(home: Path) -> DagsterInstance:
    """The home's persistent Dagster instance (shared with `make dev`), unless DAGSTER_HOME says otherwise."""
    if not os.environ.get("DAGSTER_HOME"):
        dagster_home = home / "state" / "dagster"
        dagster_home.mkdir(parents=True, exist_ok=True)
        settings = dagster_home / "dagster.yaml"
        if not settings.exists():  # no usage statistics from officials' machines
            settings.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
        os.environ["DAGSTER_HOME"] = str(dagster_home)
    return DagsterInstance.get()


def copy_into_inbox(paths: Sequence[Path], inbox: Path) -> list[Path]:
    """Files keep their names; a folder's files keep their paths relative to it."""
    inbox.mkdir(parents=True, exist_ok=True)
    copied = []
    for path in paths:
        sources = [(p, p.relative_to(path)) for p in inbox_files(path)] if path.is_dir() else [(path, Path(path.name))]
        for source, relative in sources:
            target = inbox / relative
            if source.resolve() == target.resolve():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
    return copied


def ingest_inbox(home: Path, progress: Callable[[str, str], None] = lambda key, status: None, *,
                 rebuild: bool = False) -> IngestSummary:
    """Bring the graph in line with the inbox: extract new and changed files, forget deleted ones.
    ``rebuild``: resolve and sync the graph even when no file changed (after an erasure, say)."""
    instance = instance_for(home)
    resources = _resources(home)
    inbox = home / "inbox"
    ledger = Ledger(home)
    known = ledger.entries()
    current = {partition_key(inbox, p): file_sha256(p) for p in inbox_files(inbox)}
    existing = set(instance.get_dynamic_partitions(documents_partitions.name))
    gone = sorted(existing - set(current))
    for key in gone:
        instance.delete_dynamic_partition(documents_partitions.name, key)
        ledger.forget(key)
    instance.add_dynamic_partitions(documents_partitions.name, sorted(set(current) - existing))
    todo = [k for k, sha in sorted(current.items()) if known.get(k) is None or known[k].sha256 != sha
            or known[k].status == "failed" and known[k].sha256 != sha]
    for key in todo:
        progress(key, "reading")
        materialize([parsed_document, extracted_records], partition_key=key, instance=instance,
                             resources=resources, raise_on_error=True, run_config=QUIET)
        entry = Ledger(home).entries().get(key)
        progress(key, f"failed: {entry.reason}" if entry and entry.status == "failed" else "extracted")
    if todo or gone or not current or rebuild:
        materialize([extracted_records.to_source_asset(), resolved_entities, graph, *ALL_CHECKS],
                    instance=instance, resources=resources, raise_on_error=True,
                    selection=[resolved_entities, graph], run_config=QUIET)
    entries = Ledger(home).entries()
    failed = tuple(sorted((k, e.reason or "") for k, e in entries.items() if e.status == "failed"))
    return IngestSummary(tuple(todo), tuple(k for k in sorted(current) if k not in todo), failed, tuple(gone),
                         sum(e.status == "ingested" for e in entries.values()))


def _resources(home: Path) -> dict:
    return {
        "home": MinutesHomeResource(home=str(home)),
        "graph_store": GraphStoreResource(home=str(home)),
        "io_manager": FilesystemIOManager(base_dir=str(home / "state" / "storage")),
    }
