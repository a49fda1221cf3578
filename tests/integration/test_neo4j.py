"""The shared store behaviour against a real Neo4j 5 (runs only when NEO4J_URI is set).

    docker compose up -d
    NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=minutes-graph .venv/bin/pytest -m neo4j
"""

from __future__ import annotations

import os

import pytest

from graph.stores.neo4j import Neo4jStore
from tests.graph.stores.behaviour import BEHAVIOURS

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: no Neo4j server to test"),
]


@pytest.fixture
def store():
    graph_store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                             os.environ.get("NEO4J_PASSWORD"))
    graph_store.write("MATCH (n) DETACH DELETE n")
    yield graph_store
    graph_store.write("MATCH (n) DETACH DELETE n")
    graph_store.close()


@pytest.mark.parametrize("behaviour", BEHAVIOURS, ids=lambda b: b.__name__)
def test_shared_behaviour(store, behaviour) -> None:
    behaviour(store)


def test_every_canned_query_runs_on_neo4j(store, samples_dir) -> None:
    from extractors.extract import extract_paths
    from graph.build import build_batches
    from graph.load import sync
    from graph.resolve import resolve
    from queries.catalog import load_catalog, run_query

    records, _ = extract_paths(sorted(samples_dir.iterdir()))
    sync(store, build_batches(records, resolve(records)))
    required = {"who_owns_what": {"name": "Åkesson"}, "meeting_summary": {"date": "2025-06-10"},
                "provenance": {"key": "person-jonas-akesson"}}
    for name in load_catalog():
        result = run_query(store, name, required.get(name, {}))
        assert result.columns, name
    owners = [row[0] for row in run_query(store, "open_actions", {"owner": "Åkesson"}).rows]
    assert owners == ["Jonas Åkesson"]
