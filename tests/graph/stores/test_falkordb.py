"""The embedded FalkorDB store: the shared behaviour, plus its server's lifecycle."""

from __future__ import annotations

import stat
import time
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


def test_a_sync_leaves_a_snapshot_so_a_restart_replays_no_statements(tmp_path: Path) -> None:
    """Replaying a long append-only file took minutes for a 1,000-document graph, and a command
    sent while it replayed crashed the server; after a sync the log is folded into a snapshot."""
    home = tmp_path / "home"
    with FalkorDBStore(home) as store:
        sync(store, [batch(f"doc-{n}") for n in range(20)])
        server = store.server
    aof = server.paths.data_dir / "appendonlydir"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not any(p.stat().st_size > 1000 for p in aof.glob("*.base.rdb")):
        time.sleep(0.1)  # the rewrite runs in a forked child
    assert any(p.stat().st_size > 1000 for p in aof.glob("*.base.rdb"))
    assert server.stop()
    log_before = server.paths.logfile.stat().st_size
    with FalkorDBStore(home) as store:
        assert store.counts()["Document"] == 20
        store.server.stop()
    restart_log = server.paths.logfile.read_text(errors="replace")[log_before:]
    assert "Ready to accept connections" in restart_log and "ASSERTION FAILED" not in restart_log


def test_a_server_that_dies_while_starting_is_reported_at_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    aof = home / "graph" / "appendonlydir"
    aof.mkdir(parents=True)
    (aof / "appendonly.aof.manifest").write_text("this is not a manifest\n")
    with pytest.raises(GraphStoreError, match="stopped while starting"):  # not after the 300 s load timeout
        EmbeddedServer(home).start()


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
