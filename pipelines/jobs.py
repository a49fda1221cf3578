"""Jobs: per-document reading and extraction, and the corpus-wide resolution and load."""

from __future__ import annotations

from dagster import AssetSelection, define_asset_job

document_job = define_asset_job(
    "ingest_document", selection=AssetSelection.assets("parsed_document", "extracted_records"),
    description="Read and extract one document (one partition per file in the inbox).",
)
corpus_job = define_asset_job(
    "load_graph", selection=AssetSelection.assets("resolved_entities", "graph"),
    description="Resolve entities across all extracted documents and bring the graph in line.",
)
