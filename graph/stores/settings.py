"""Where the graph lives: the embedded FalkorDB under MINUTES_GRAPH_HOME, or Neo4j when NEO4J_URI is set."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoreSettings:
    home: Path
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None

    @classmethod
    def from_env(cls) -> StoreSettings:
        return cls(
            home=Path(os.environ.get("MINUTES_GRAPH_HOME") or "data").resolve(),
            neo4j_uri=os.environ.get("NEO4J_URI") or None,
            neo4j_user=os.environ.get("NEO4J_USER") or "neo4j",
            neo4j_password=os.environ.get("NEO4J_PASSWORD") or None,
        )

    @property
    def uses_neo4j(self) -> bool:
        return self.neo4j_uri is not None
