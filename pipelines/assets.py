"""Thin assets over the library: documents -> parsed -> extracted (per document) -> resolved -> graph."""


from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from dagster import (
    AllPartitionMapping,
    Any,
    AssetCheckResult,
    AssetExecutionContext,
    AssetIn,
    Backoff,
    MaterializeResult,
    MetadataValue,
    Output,
    RetryPolicy,
    asset,
)

from extractors.errors import DocumentError
from extractors.extract import StatusReport, extract, status_reports
from extractors.model import Document
from extractors.readers import read_document
from extractors.records import DocumentRecords
from graph.corpus import update_corpus
from graph.corrections import (
    CorrectionsReport,
    correct_batch,
    correct_resolution,
    file_fingerprint,
    load_corrections,
    owners_context,
    record_outcomes,
    save_report,
)
from graph.load import sync_fingerprints
from graph.model import GraphBatch
from graph.privacy import ErasureRegister, apply_erasures
from graph.resolve import Resolution
from pipelines.checks import GRAPH_CHECKS, RESOLVED_CHECKS, corpus_checks, graph_matches_extraction
from pipelines.parallel import map_documents
from pipelines.partitions import documents_partitions
from pipelines.resources import GraphStoreResource, MinutesHomeResource
from pipelines.state import Ledger, LedgerEntry, corpus_store, file_sha256


@dataclass(frozen=True)
class ParsedDocument:
    """A document read from the inbox, or the one-line reason it could not be."""

    partition: str
    path: str
    sha256: str | None
    document: Document | None
    error: str | None


@dataclass(frozen=True)
class ExtractedDocument:
    partition: str
    records: DocumentRecords | None
    reports: tuple[StatusReport, ...]
    error: str | None


@dataclass(frozen=True)
class ResolvedCorpus:
    """What loading needs: every document's batch fingerprint (the batches themselves are in the
    corpus store, read only for the documents the graph lacks) and what the graph should hold."""

    fingerprints: Mapping[str, str]  # document key -> batch fingerprint, in date order
    facts: Mapping[str, int]  # label -> Decision and Action nodes the graph should hold
    failed: tuple[tuple[str, str], ...]  # (partition, reason)


@asset(partitions_def=documents_partitions, group_name="documents")
def parsed_document(context: AssetExecutionContext, home: MinutesHomeResource) -> Output[dict[str, ParsedDocument]]:
    """Inbox files read into blocks with provenance; an unreadable file is recorded, not raised.
    A run may cover many documents (the CLI runs ranges): they are read on all cores."""
    parsed = dict(zip(context.partition_keys,
                      map_documents(read_inbox_file, [(home.inbox, key) for key in context.partition_keys]),
                      strict=True))
    for item in parsed.values():
        if item.error:
            context.log.error(item.error)
    return Output(parsed, metadata=_parse_metadata(parsed))


def read_inbox_file(inbox: Path, partition: str) -> ParsedDocument:
    path = inbox / partition
    sha256 = file_sha256(path) if path.is_file() or path.is_symlink() else None
    try:
        return ParsedDocument(partition, str(path), sha256, read_document(path), None)
    except DocumentError as error:
        return ParsedDocument(partition, str(path), sha256, None, str(error))


def _parse_metadata(parsed: dict[str, ParsedDocument]) -> dict:
    if len(parsed) == 1:  # one document: its details, as the UI shows them per partition
        item = next(iter(parsed.values()))
        if item.document is None:
            return {"error": item.error or "", "source": MetadataValue.path(item.path)}
        document = item.document
        return {"format": document.format, "pages": document.page_count or 0, "blocks": len(document.blocks),
                "kind": str(document.kind), "warnings": MetadataValue.md("\n".join(document.warnings) or "none"),
                "source": MetadataValue.path(item.path)}
    failed = [item for item in parsed.values() if item.document is None]
    return {"documents": len(parsed), "failed": len(failed),
            "pages": sum(item.document.page_count or 0 for item in parsed.values() if item.document),
            "errors": MetadataValue.md("\n".join(f"- {item.error}" for item in failed) or "none")}


# Partitioned inputs arrive as a mapping that reads each partition when looked up (io_managers.py).
@asset(partitions_def=documents_partitions, group_name="documents", ins={"parsed_document": AssetIn(dagster_type=Any)})
def extracted_records(context: AssetExecutionContext, home: MinutesHomeResource,
                      parsed_document: Mapping[str, ParsedDocument]) -> Output[dict[str, ExtractedDocument]]:
    """Meeting, people, organisations, projects, decisions and actions of each document."""
    ledger = Ledger(home.path)
    readable = [item for item in parsed_document.values() if item.document is not None]
    results = dict(zip([item.partition for item in readable],
                       map_documents(extract_document, [(item.document,) for item in readable]), strict=True))
    extracted: dict[str, ExtractedDocument] = {}
    for key, item in parsed_document.items():
        if item.document is None:
            ledger.record(key, "failed", item.sha256, item.error)
            extracted[key] = ExtractedDocument(key, None, (), item.error)
        else:
            records, reports = results[key]
            ledger.record(key, "extracted", item.sha256, None, item.document.key)
            extracted[key] = ExtractedDocument(key, records, reports, None)
    return Output(extracted, metadata=_extract_metadata(extracted))


def extract_document(document: Document) -> tuple[DocumentRecords, tuple[StatusReport, ...]]:
    return extract(document), tuple(status_reports(document))


def _extract_metadata(extracted: dict[str, ExtractedDocument]) -> dict:
    records = [e.records for e in extracted.values() if e.records is not None]
    counts = {"people": sum(len(r.people) for r in records), "organisations": sum(len(r.organisations) for r in records),
              "projects": sum(len(r.projects) for r in records), "decisions": sum(len(r.decisions) for r in records),
              "actions": sum(len(r.actions) for r in records)}
    if len(extracted) == 1:
        item = next(iter(extracted.values()))
        if item.records is None:
            return {"error": item.error or ""}
        return {**counts, "meeting_date": str(item.records.meeting.date), "forum": item.records.meeting.forum or "",
                "actions_preview": MetadataValue.md(_actions_table(item.records))}
    return {**counts, "documents": len(extracted), "failed": len(extracted) - len(records)}


def _actions_table(records: DocumentRecords) -> str:
    lines = ["| owner | due | status | action |", "|---|---|---|---|"]
    for action in records.actions[:20]:
        text = action.text.replace("|", "/")[:120]
        lines.append(f"| {action.owner or ''} | {action.due or ''} | {action.status} | {text} |")
    return "\n".join(lines)


@asset(ins={"extracted_records": AssetIn(partition_mapping=AllPartitionMapping(), dagster_type=Any)},
       group_name="corpus",
       check_specs=RESOLVED_CHECKS)
def resolved_entities(context: AssetExecutionContext, home: MinutesHomeResource,
                      extracted_records: Mapping[str, ExtractedDocument]) -> Iterator[Output | AssetCheckResult]:
    """People, organisations and projects resolved across all documents; follow-ups linked; human
    corrections applied; people in the erasure register left out. What earlier runs linked and built
    is kept (``graph.corpus``):
    a run that adds new minutes reads and builds only those."""
    partition_of, failed = _documents_in(Ledger(home.path).entries(), extracted_records)
    erasures = ErasureRegister(home.path).entries()
    fingerprint = file_fingerprint(home.path)
    corrections = load_corrections(home.path)  # human corrections: applied on every build
    report = CorrectionsReport()

    def finish(batch: GraphBatch, resolution: Resolution) -> tuple[GraphBatch, dict[str, str | None]]:
        corrected, outcomes = correct_batch(batch, resolution, corrections, report.people)
        return apply_erasures(corrected, erasures), outcomes

    store = corpus_store(home.path)
    while True:
        try:
            update, state = update_corpus(
                store.load_state(), partition_of,
                lambda key, found=partition_of: _extraction(extracted_records[found[key]], key),
                linked=store.linked, finish=finish,
                correct=lambda resolution, documents: correct_resolution(resolution, documents, corrections, report),
                context=lambda resolution: f"{erasures!r} {fingerprint} {owners_context(corrections, resolution)}")
            break
        except StaleExtraction as stale:  # read again by the next ingest
            Ledger(home.path).forget(stale.partition)
            partition_of = {k: p for k, p in partition_of.items() if p != stale.partition}
            failed += ((stale.partition, str(stale)),)
            context.log.error(str(stale))
    resolution = update.resolution
    record_outcomes(corrections, update.notes.values(), report)
    checks = corpus_checks(list(update.summaries.values()), resolution, failed, report)
    if all(check.passed for check, spec in zip(checks, RESOLVED_CHECKS, strict=True) if spec.blocking):
        store.save(update, state)  # kept only when it may be loaded: a failing document stays new
    save_report(home.path, corrections, report, fingerprint)
    yield Output(
        ResolvedCorpus(update.fingerprints, update.facts, tuple(sorted(failed))),
        metadata={"documents": len(update.summaries), "failed_documents": len(failed),
                  "people": len(resolution.person_names), "organisations": len(resolution.organisation_names),
                  "projects": len(resolution.project_names),
                  "follow_ups": sum(len(s.follow_up_targets) for s in update.summaries.values()),
                  "erased_people": len(erasures),
                  "documents_read": update.read, "batches_built": len(update.rebuilt),
                  "linked_from_scratch": update.linked_from_scratch,
                  "corrections_applied": len(report.applied), "corrections_stale": len(report.stale)},
    )
    yield from checks


def _documents_in(ledger: Mapping[str, LedgerEntry], extracted_records: Mapping[str, ExtractedDocument]
                  ) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Document key -> partition of every readable document, and (partition, reason) of the others.
    The ledger knows each document's key, so a document's stored extraction is read only if needed."""
    partition_of: dict[str, str] = {}
    failed: list[tuple[str, str]] = []
    for partition in extracted_records:
        entry = ledger.get(partition)
        if entry is not None and entry.status == "failed":
            failed.append((partition, entry.reason or ""))
            continue
        key = entry.document_key if entry is not None else None
        if key is None:  # not in the ledger (a run from elsewhere): its output says
            item = extracted_records[partition]
            if item.records is None:
                failed.append((partition, item.error or ""))
                continue
            key = item.records.document.key
        partition_of.setdefault(key, partition)
    return partition_of, tuple(sorted(failed))


class StaleExtraction(Exception):
    def __init__(self, partition: str):
        super().__init__(f"{partition}: its stored extraction is older than the file (an interrupted run?); "
                         f"left out now and read again by the next ingest")
        self.partition = partition


def _extraction(item: ExtractedDocument, key: str) -> tuple[DocumentRecords, tuple[StatusReport, ...]]:
    if item.records is None or item.records.document.key != key:
        raise StaleExtraction(item.partition)
    return item.records, item.reports


# The store's own retries (graph.load.with_retry) cover short outages; this covers a server restart.
@asset(group_name="corpus", retry_policy=RetryPolicy(max_retries=3, delay=5, backoff=Backoff.EXPONENTIAL),
       check_specs=GRAPH_CHECKS)
def graph(context: AssetExecutionContext, home: MinutesHomeResource, graph_store: GraphStoreResource,
          resolved_entities: ResolvedCorpus) -> Iterator[MaterializeResult | AssetCheckResult]:
    """The graph database brought in line with the corpus: changed documents replaced, vanished ones forgotten."""
    batches = corpus_store(home.path)
    with graph_store.open() as store:
        report = sync_fingerprints(store, resolved_entities.fingerprints, batches.batch, forget_missing=True)
        counts = store.counts()
    ledger = Ledger(home.path)
    for partition, entry in ledger.entries().items():
        if entry.document_key in resolved_entities.fingerprints and entry.status != "ingested":
            ledger.record(partition, "ingested", entry.sha256, None, entry.document_key)
    yield MaterializeResult(metadata={
        "documents_loaded": len(report.loaded), "documents_unchanged": len(report.unchanged),
        "documents_forgotten": len(report.forgotten), "nodes_written": report.nodes_written,
        "relationships_written": report.relationships_written,
        **{f"graph_{name}": count for name, count in counts.items()},
    })
    expected = {"Document": len(resolved_entities.fingerprints), **resolved_entities.facts}
    yield graph_matches_extraction(expected, counts)
