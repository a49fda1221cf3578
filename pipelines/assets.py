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
from graph.load import sync
from graph.model import GraphBatch
from graph.privacy import ErasureRegister, apply_erasures
from graph.resolve import Resolution, resolve
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


@asset(partitions_def=documents_partitions, group_name="documents")
def parsed_document(context: AssetExecutionContext, home: MinutesHomeResource) -> Output[ParsedDocument]:
    """One inbox file read into blocks with provenance; an unreadable file is recorded, not raised."""
    partition = context.partition_key
    path = home.inbox / partition
    sha256 = file_sha256(path) if path.is_file() else None
    try:
        document = read_document(path)
        parsed = ParsedDocument(partition, str(path), sha256, document, None)
        metadata = {"format": document.format, "pages": document.page_count or 0, "blocks": len(document.blocks),
                    "kind": str(document.kind), "warnings": MetadataValue.md("\n".join(document.warnings) or "none"),
                    "source": MetadataValue.path(str(path))}
    except DocumentError as error:
        context.log.error(str(error))
        parsed = ParsedDocument(partition, str(path), sha256, None, str(error))
        metadata = {"error": str(error), "source": MetadataValue.path(str(path))}
    return Output(parsed, metadata=metadata)


@asset(partitions_def=documents_partitions, group_name="documents")
def extracted_records(context: AssetExecutionContext, home: MinutesHomeResource,
                      parsed_document: ParsedDocument) -> Output[ExtractedDocument]:
    """Meeting, people, organisations, projects, decisions and actions of one document."""
    ledger = Ledger(home.path)
    if parsed_document.document is None:
        ledger.record(parsed_document.partition, "failed", parsed_document.sha256, parsed_document.error)
        return Output(ExtractedDocument(parsed_document.partition, None, (), parsed_document.error),
                      metadata={"error": parsed_document.error or ""})
    document = parsed_document.document
    records = extract(document)
    ledger.record(parsed_document.partition, "extracted", parsed_document.sha256, None, document.key)
    return Output(
        ExtractedDocument(parsed_document.partition, records, tuple(status_reports(document)), None),
        metadata={
            "people": len(records.people), "organisations": len(records.organisations),
            "projects": len(records.projects), "decisions": len(records.decisions),
            "actions": len(records.actions), "meeting_date": str(records.meeting.date),
            "forum": records.meeting.forum or "", "actions_preview": MetadataValue.md(_actions_table(records)),
        },
    )


def _actions_table(records: DocumentRecords) -> str:
    lines = ["| owner | due | status | action |", "|---|---|---|---|"]
    for action in records.actions[:20]:
        text = action.text.replace("|", "/")[:120]
        lines.append(f"| {action.owner or ''} | {action.due or ''} | {action.status} | {text} |")
    return "\n".join(lines)


@asset(ins={"extracted_records": AssetIn(partition_mapping=AllPartitionMapping())}, group_name="corpus")
def resolved_entities(context: AssetExecutionContext, home: MinutesHomeResource,
                      extracted_records) -> Output[ResolvedCorpus]:
    """People, organisations and projects resolved across all documents; follow-ups linked; people
    in the erasure register left out."""
    extracted = _by_partition(extracted_records)
    good = [e for e in extracted.values() if e.records is not None]
    failed = tuple(sorted((e.partition, e.error or "") for e in extracted.values() if e.records is None))
    records = link_corpus([(e.records, list(e.reports)) for e in good])
    resolution = resolve(records)
    erasures = ErasureRegister(home.path).entries()
    batches = tuple(apply_erasures(b, erasures) for b in build_batches(records, resolution))
    return Output(
        ResolvedCorpus(tuple(records), resolution, batches, failed),
        metadata={"documents": len(records), "failed_documents": len(failed),
                  "people": len(resolution.person_names), "organisations": len(resolution.organisation_names),
                  "projects": len(resolution.project_names),
                  "follow_ups": sum(len(r.follow_ups) for r in records), "erased_people": len(erasures)},
    )


def _by_partition(loaded: dict[str, ExtractedDocument] | ExtractedDocument) -> dict[str, ExtractedDocument]:
    """The IO manager hands over a bare value, not a dict, when there is exactly one partition."""
    return {loaded.partition: loaded} if isinstance(loaded, ExtractedDocument) else dict(loaded)


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
