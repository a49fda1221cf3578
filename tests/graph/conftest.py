"""One embedded graph server for the graph tests; each test gets a graph of its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from graph.stores.falkordb import EmbeddedServer, FalkorDBStore


@pytest.fixture(scope="session")
def server_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("graph-home")
    server = EmbeddedServer(home)
    server.start()
    yield home
    server.stop()


@pytest.fixture
def store(server_home: Path) -> Iterator[FalkorDBStore]:
    graph_store = FalkorDBStore(server_home, graph_name=f"test-{uuid.uuid4().hex[:8]}")
    yield graph_store
    try:
        graph_store.graph.delete()
    except redis.ResponseError:  # nothing was written to this graph
        pass
    graph_store.close()
