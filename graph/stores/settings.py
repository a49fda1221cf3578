"""Where the graph lives: the embedded FalkorDB under MINUTES_GRAPH_HOME, or Neo4j when NEO4J_URI is set.

Neo4j credentials come from the environment or a `.env` file (in the working folder or the home
folder; the environment wins), never from configuration that Dagster would store or show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

VARIABLES = ("MINUTES_GRAPH_HOME", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")


@dataclass(frozen=True)
class StoreSettings:
    home: Path
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = field(default=None, repr=False)  # never in logs or tracebacks

    @classmethod
    def from_env(cls) -> StoreSettings:
        values = _environment()
        return cls(
            home=Path(values.get("MINUTES_GRAPH_HOME") or "data").resolve(),
            neo4j_uri=values.get("NEO4J_URI") or None,
            neo4j_user=values.get("NEO4J_USER") or "neo4j",
            neo4j_password=values.get("NEO4J_PASSWORD") or None,
        )

    @property
    def uses_neo4j(self) -> bool:
        return self.neo4j_uri is not None


def _environment() -> dict[str, str]:
    """``.env`` in the working folder, then in the home folder, then the process environment."""
    values: dict[str, str] = {}
    files = [Path.cwd() / ".env"]
    home = os.environ.get("MINUTES_GRAPH_HOME")
    if home:
        files.append(Path(home) / ".env")
    for env_file in files:
        if env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if k in VARIABLES and v})
    values.update({k: os.environ[k] for k in VARIABLES if os.environ.get(k)})
    return values
