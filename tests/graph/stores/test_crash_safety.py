"""Crash safety of loading: a killed loader, a killed graph server; the re-run converges on exactly
the graph an undisturbed run writes (nothing duplicated, nothing missing, nothing half-written)."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.load import sync
from graph.resolve import resolve
from graph.stores.falkordb import FalkorDBStore

LOADER = textwrap.dedent("""
    import pickle, sys, time
    from pathlib import Path
    from graph.load import sync
    from graph.stores.falkordb import FalkorDBStore
    home, batches_file, progress_file = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    batches = pickle.loads(batches_file.read_bytes())
    def progress(batch):
        with progress_file.open("a") as out:
            out.write(batch.document_key + "\\n")
        time.sleep(float(sys.argv[4]))
    sync(FalkorDBStore(home), batches, progress=progress)
""")


@pytest.fixture(scope="module")
def batches(corpus_dir: Path):
    paths = sorted((corpus_dir / "dev").glob("*.docx")) + sorted((corpus_dir / "seeds").glob("*.docx"))
    records, errors = extract_paths(paths)
    assert not errors
    return build_batches(records, resolve(records))


def snapshot(store: FalkorDBStore) -> tuple[list, list]:
    """The whole graph, in a canonical order."""
    _, nodes = store.read("MATCH (n) RETURN labels(n), n.key, properties(n) ORDER BY n.key")
    _, rels = store.read("MATCH (a)-[r]->(b) RETURN type(r), a.key, b.key, properties(r) "
                         "ORDER BY type(r), a.key, b.key, r.doc")
    return [repr(n) for n in nodes], sorted(repr(r) for r in rels)


@pytest.fixture(scope="module")
def reference(batches, tmp_path_factory: pytest.TempPathFactory):
    with FalkorDBStore(tmp_path_factory.mktemp("undisturbed")) as store:
        sync(store, batches)
        expected = snapshot(store)
        store.server.stop()
    return expected


@pytest.mark.parametrize("pause", [0.3, 0.0], ids=["between-documents", "anywhere"])
def test_a_loader_killed_mid_load_leaves_a_graph_the_rerun_completes(batches, reference, tmp_path: Path,
                                                                     pause: float) -> None:
    home = tmp_path / "home"
    store = FalkorDBStore(home)  # the server outlives the killed loader, as it does for users
    try:
        batches_file, progress_file = tmp_path / "batches.pickle", tmp_path / "progress.txt"
        batches_file.write_bytes(pickle.dumps(batches))
        progress_file.touch()
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
        child = subprocess.Popen([sys.executable, "-c", LOADER, str(home), str(batches_file), str(progress_file),
                                  str(pause)], env=env)
        deadline = time.monotonic() + 60
        while len(progress_file.read_text().split()) < 3 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        loaded = len(progress_file.read_text().split())
        assert 3 <= loaded < len(batches), "the kill should land in the middle of the load"

        partial = snapshot(store)
        assert len(partial[0]) < len(reference[0])  # something is missing before the re-run ...
        report = sync(store, batches)
        assert len(report.unchanged) >= 3  # ... documents loaded before the kill are not loaded twice
        assert snapshot(store) == reference
    finally:
        store.server.stop()


def test_a_killed_graph_server_is_restarted_and_the_load_completes(batches, reference, tmp_path: Path) -> None:
    store = FalkorDBStore(tmp_path / "home")
    pid = store.server.pid()
    killed = threading.Event()

    def kill_server_once(batch) -> None:
        if not killed.is_set():
            os.kill(pid, signal.SIGKILL)  # the server dies between two documents' transactions
            killed.set()

    sync(store, batches, progress=kill_server_once)
    assert killed.is_set() and store.server.pid() != pid
    sync(store, batches)  # writes in the last second before the kill may be gone: the re-run restores them
    assert snapshot(store) == reference
    store.server.stop()
