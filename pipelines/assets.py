"""Thin assets over the library: documents -> parsed -> extracted (per document) -> resolved -> graph."""


from dataclasses import dataclass
from pathlib import Path

from dagster import (
    AllPartitionMapping,
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
from extractors.extract import StatusReport, extract, link_corpus, status_reports
from extractors.model import Document
from extractors.readers import read_document
from extractors.records import DocumentRecords
from graph.build import build_batches
from graph.corrections import (
    CorrectionsReport,
    apply_corrections,
    file_fingerprint,
    load_corrections,
    save_report,
)
from graph.load import sync
from graph.model import GraphBatch
from graph.privacy import ErasureRegister, apply_erasures
from graph.resolve import Resolution, resolve
from pipelines.parallel import map_documents
from pipelines.partitions import documents_partitions
from pipelines.resources import GraphStoreResource, MinutesHomeResource
from pipelines.state import Ledger, file_sha256


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
    records: tuple[DocumentRecords, ...]
    resolution: Resolution
    batches: tuple[GraphBatch, ...]
    failed: tuple[tuple[str, str], ...]  # (partition, reason)
    corrections: CorrectionsReport | None = None  # what the human corrections matched (graph/corrections.py)


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


@asset(partitions_def=documents_partitions, group_name="documents")
def extracted_records(context: AssetExecutionContext, home: MinutesHomeResource,
                      parsed_document: dict[str, ParsedDocument]) -> Output[dict[str, ExtractedDocument]]:
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


@asset(ins={"extracted_records": AssetIn(partition_mapping=AllPartitionMapping())}, group_name="corpus")
def resolved_entities(context: AssetExecutionContext, home: MinutesHomeResource,
                      extracted_records: dict[str, ExtractedDocument]) -> Output[ResolvedCorpus]:
    """People, organisations and projects resolved across all documents; follow-ups linked; human
    corrections applied; people in the erasure register left out."""
    good = [e for e in extracted_records.values() if e.records is not None]
    failed = tuple(sorted((e.partition, e.error or "") for e in extracted_records.values() if e.records is None))
    records = link_corpus([(e.records, list(e.reports)) for e in good])
    fingerprint = file_fingerprint(home.path)
    corrections = load_corrections(home.path)  # human corrections: applied on every build
    resolution, built, corrected = apply_corrections(records, resolve(records), corrections, build_batches)
    save_report(home.path, corrections, corrected, fingerprint)
    erasures = ErasureRegister(home.path).entries()
    batches = tuple(apply_erasures(b, erasures) for b in built)
    return Output(
        ResolvedCorpus(tuple(records), resolution, batches, failed, corrected),
        metadata={"documents": len(records), "failed_documents": len(failed),
                  "people": len(resolution.person_names), "organisations": len(resolution.organisation_names),
                  "projects": len(resolution.project_names),
                  "follow_ups": sum(len(r.follow_ups) for r in records), "erased_people": len(erasures),
                  "corrections_applied": len(corrected.applied), "corrections_stale": len(corrected.stale)},
    )


# The store's own retries (graph.load.with_retry) cover short outages; this covers a server restart.
@asset(group_name="corpus", retry_policy=RetryPolicy(max_retries=3, delay=5, backoff=Backoff.EXPONENTIAL))
def graph(context: AssetExecutionContext, home: MinutesHomeResource, graph_store: GraphStoreResource,
          resolved_entities: ResolvedCorpus) -> MaterializeResult:
    """The graph database brought in line with the corpus: changed documents replaced, vanished ones forgotten."""
    ledger = Ledger(home.path)
    with graph_store.open() as store:
        report = sync(store, resolved_entities.batches, forget_missing=True)
        counts = store.counts()
    for record in resolved_entities.records:
        partition = _partition_of(home.inbox, record.document.path)
        ledger.record(partition, "ingested", record.document.sha256, None, record.document.key)
    return MaterializeResult(metadata={
        "documents_loaded": len(report.loaded), "documents_unchanged": len(report.unchanged),
        "documents_forgotten": len(report.forgotten), "nodes_written": report.nodes_written,
        "relationships_written": report.relationships_written,
        **{f"graph_{name}": count for name, count in counts.items()},
    })


def _partition_of(inbox: Path, path: str) -> str:
    try:
        return Path(path).resolve().relative_to(inbox.resolve()).as_posix()
    except ValueError:
        return Path(path).name
