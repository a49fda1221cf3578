"""Store settings: credentials from the environment or a .env file, never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.stores.settings import StoreSettings


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MINUTES_GRAPH_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    return home


def test_a_dotenv_file_in_the_home_folder_configures_neo4j(clean_env: Path) -> None:
    (clean_env / ".env").write_text("NEO4J_URI=bolt://graf.example:7687\nNEO4J_PASSWORD=hemligt-lösen\n")
    settings = StoreSettings.from_env()
    assert settings.uses_neo4j and settings.neo4j_password == "hemligt-lösen"
    assert "hemligt" not in repr(settings)  # tracebacks and logs show the settings without it


def test_the_environment_wins_over_the_dotenv_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env.parent / ".env").write_text("NEO4J_URI=bolt://fil:7687\n")
    monkeypatch.setenv("NEO4J_URI", "bolt://miljö:7687")
    assert StoreSettings.from_env().neo4j_uri == "bolt://miljö:7687"


def test_without_neo4j_the_embedded_store_is_used(clean_env: Path) -> None:
    settings = StoreSettings.from_env()
    assert not settings.uses_neo4j and settings.home == clean_env.resolve()
