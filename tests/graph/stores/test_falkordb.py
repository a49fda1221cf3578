"""The embedded FalkorDB store: the shared behaviour, plus its server's lifecycle."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from graph.errors import GraphStoreError
from graph.load import sync
from graph.stores.falkordb import EmbeddedServer, FalkorDBStore, ServerPaths
from tests.graph.stores.behaviour import BEHAVIOURS, batch


@pytest.mark.parametrize("behaviour", BEHAVIOURS, ids=lambda b: b.__name__)
def test_shared_behaviour(store, behaviour) -> None:
    behaviour(store)


def test_server_persists_across_restart_and_socket_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with FalkorDBStore(home) as store:
        sync(store, [batch("doc-a")])
        server = store.server
    socket_mode = stat.S_IMODE(server.paths.socket.stat().st_mode)
    assert socket_mode & 0o077 == 0
    assert server.stop()
    assert not server.is_running()
    with FalkorDBStore(home) as store:
        assert store.counts()["Action"] == 1
        store.server.stop()


def test_long_home_paths_get_a_short_socket(tmp_path: Path) -> None:
    paths = ServerPaths.for_home(tmp_path / ("lång-mapp-" * 12))
    assert len(str(paths.socket)) <= 100


def test_replace_is_atomic_when_a_statement_fails(store) -> None:
    sync(store, [batch("doc-a")])
    before = store.counts()
    broken = batch("doc-a", due="inte-ett-datum")  # date() refuses it, after the forget statements ran
    with pytest.raises(GraphStoreError, match="not an ISO date"):
        store.replace_document(broken)
    assert store.counts() == before


def test_reuses_a_running_server(server_home: Path) -> None:
    server = EmbeddedServer(server_home)
    pid = server.pid()
    server.start()
    assert server.pid() == pid
