"""Run the same assets in process (the CLI's path): one run per new or changed document, then the corpus."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dagster import DagsterInstance, materialize

from graph.corrections import load_corrections
from pipelines.assets import extracted_records, graph, parsed_document, resolved_entities
from pipelines.io_managers import PartitionedPickleIOManager
from pipelines.partitions import documents_partitions, inbox_files, partition_key
from pipelines.resources import GraphStoreResource, MinutesHomeResource
from pipelines.state import Ledger, file_sha256, rebuild_reason

# The CLI prints its own progress; Dagster's event log stays in the instance (and the UI).
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
RUN_SIZE = 50  # documents per run: run overhead amortised, memory bounded
# Dagster's run tags for a run over a range of partitions (as the UI's single-run backfills set them).
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


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
    """Bring the graph in line with the inbox: extract new and changed files, forget deleted ones;
    build the graph again after corrections.yaml or minutes-graph itself changed.
    ``rebuild``: resolve and sync the graph even when no file changed (after an erasure, say)."""
    with _fewer_collections():
        return _ingest_inbox(home, progress, rebuild)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The corpus step unpickles, links and rebuilds every document's records: millions of
    objects, which set off garbage collections that each walk all of them and Dagster's too.
    Collecting less often took an incremental ingest of a 1,000-document archive from 40 s to 26 s."""
    threshold = gc.get_threshold()
    gc.freeze()  # what is alive now (modules, Dagster) is not walked again
    gc.set_threshold(200_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _ingest_inbox(home: Path, progress: Callable[[str, str], None], rebuild: bool) -> IngestSummary:
    load_corrections(home)  # a typo in corrections.yaml stops here, with its line, before any work
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
    order = instance.get_dynamic_partitions(documents_partitions.name)
    ranges = list(partition_ranges(order, todo, RUN_SIZE))
    entries = known
    for index, (first, last, keys) in enumerate(ranges):
        for key in keys:
            progress(key, "reading")
        # The last range's run also resolves and loads: a weekly run is one Dagster run, not two.
        corpus = [resolved_entities, graph] if index == len(ranges) - 1 else []
        materialize([parsed_document, extracted_records, *corpus], instance=instance, resources=resources,
                    raise_on_error=True, run_config=QUIET, tags={RANGE_START: first, RANGE_END: last})
        entries = Ledger(home).entries()
        for key in keys:
            entry = entries.get(key)
            progress(key, f"failed: {entry.reason}" if entry and entry.status == "failed" else "extracted")
    if not ranges and (gone or not current or rebuild or rebuild_reason(home)):
        materialize([extracted_records.to_source_asset(), resolved_entities, graph],
                    instance=instance, resources=resources, raise_on_error=True,
                    selection=[resolved_entities, graph], run_config=QUIET)
        entries = Ledger(home).entries()
    failed = tuple(sorted((k, e.reason or "") for k, e in entries.items() if e.status == "failed"))
    return IngestSummary(tuple(todo), tuple(k for k in sorted(current) if k not in todo), failed, tuple(gone),
                         sum(e.status == "ingested" for e in entries.values()))


def partition_ranges(order: Sequence[str], todo: Sequence[str], size: int):
    """Runs over consecutive partitions (in the instance's order) that all need reading, at most
    ``size`` each: a first ingest of an archive is a few runs, not one per document."""
    wanted = set(todo)
    current: list[str] = []
    for key in order:
        if key in wanted and len(current) < size:
            current.append(key)
            continue
        if current:
            yield current[0], current[-1], current
        current = [key] if key in wanted else []
    if current:
        yield current[0], current[-1], current


def _resources(home: Path) -> dict:
    return {
        "home": MinutesHomeResource(home=str(home)),
        "graph_store": GraphStoreResource(home=str(home)),
        "io_manager": PartitionedPickleIOManager(base_dir=str(home / "state" / "storage")),
    }
