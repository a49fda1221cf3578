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
