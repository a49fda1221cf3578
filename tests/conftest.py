"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"
SAMPLES_DIR = REPO_ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared evaluation corpus beside the clone; CI always has it, a user's clone may not."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS_DIR} (it sits beside the clone in CI)")
    return CORPUS_DIR


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def samples_graph(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path):
    """Our samples extracted, resolved and loaded into an embedded store in a home folder of its own.
    Shared by the tests that only read it."""
    from extractors.extract import extract_paths
    from tests.fixtures.graphs import loaded_store

    records, errors = extract_paths(sorted(samples_dir.iterdir()))
    assert not errors
    store = loaded_store(tmp_path_factory.mktemp("samples-home"), records)
    yield store
    store.server.stop()


@pytest.fixture
def minutes_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private MINUTES_GRAPH_HOME using the embedded store, never a configured Neo4j."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MINUTES_GRAPH_HOME", str(home))
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def home(tmp_path: Path):
    """A home folder for running the installed command (tests.fixtures.cli.run); its graph server is
    stopped afterwards. The name has a space and å, as officials' folders do."""
    from tests.fixtures.cli import run

    home = tmp_path / "hem med å"
    yield home
    run(home, "db", "stop", check=False)
