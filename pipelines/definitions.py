"""The one Definitions object: it only assembles."""

from __future__ import annotations

from pathlib import Path

from dagster import Definitions

from pipelines.assets import extracted_records, graph, parsed_document, resolved_entities
from pipelines.io_managers import PartitionedPickleIOManager
from pipelines.jobs import corpus_job, document_job
from pipelines.resources import GraphStoreResource, MinutesHomeResource, default_home
from pipelines.sensors import inbox_sensor

defs = Definitions(
    assets=[parsed_document, extracted_records, resolved_entities, graph],
    jobs=[document_job, corpus_job],
    sensors=[inbox_sensor],
    resources={
        "home": MinutesHomeResource(),
        "graph_store": GraphStoreResource(),
        "io_manager": PartitionedPickleIOManager(base_dir=str(Path(default_home()).resolve() / "state" / "storage")),
    },
)
