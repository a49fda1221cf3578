"""Dagster resources: where the home folder is and which graph store to use (from the environment)."""

from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource

from graph.stores import GraphStore, StoreSettings, open_store


def default_home() -> str:
    return os.environ.get("MINUTES_GRAPH_HOME") or "data"


class MinutesHomeResource(ConfigurableResource):
    """The home folder: inbox/ for documents, graph/ for the embedded store, state/ for the pipeline."""

    home: str | None = None  # None: MINUTES_GRAPH_HOME, else ./data

    @property
    def path(self) -> Path:
        return Path(self.home or default_home()).resolve()

    @property
    def inbox(self) -> Path:
        return self.path / "inbox"


class GraphStoreResource(ConfigurableResource):
    """The embedded FalkorDB under the home folder, or Neo4j when neo4j_uri / NEO4J_URI is set."""

    home: str | None = None
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None

    def settings(self) -> StoreSettings:
        from_env = StoreSettings.from_env()
        return StoreSettings(
            home=Path(self.home).resolve() if self.home else from_env.home,
            neo4j_uri=self.neo4j_uri or from_env.neo4j_uri,
            neo4j_user=self.neo4j_user or from_env.neo4j_user,
            neo4j_password=self.neo4j_password or from_env.neo4j_password,
        )

    def open(self) -> GraphStore:
        return open_store(self.settings())
