"""The .cypher files: in step with the graph model, and valid Neo4j 5 Cypher."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))

from generate_load_cypher import expected_files


def test_generated_load_statements_match_the_model() -> None:
    for path, text in expected_files().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run tools/generate_load_cypher.py"


def test_every_cypher_file_passes_neo4j_5_grammar() -> None:
    if not (REPO / "node_modules" / "@neo4j-cypher" / "language-support").is_dir() or not shutil.which("node"):
        pytest.skip("node_modules missing: `make test` installs @neo4j-cypher/language-support with npm ci")
    result = subprocess.run(["node", "tools/lint_cypher.mjs"], cwd=REPO, capture_output=True, text=True, check=False,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stdout


def test_the_linter_catches_a_broken_statement(tmp_path: Path) -> None:
    if not (REPO / "node_modules" / "@neo4j-cypher" / "language-support").is_dir() or not shutil.which("node"):
        pytest.skip("node_modules missing")
    broken = tmp_path / "broken.cypher"
    broken.write_text("MATCH (n) WHERE n.name =~ 'x' RETURN n LIMIT\n", encoding="utf-8")
    result = subprocess.run(["node", "tools/lint_cypher.mjs", str(broken)], cwd=REPO, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 1 and "error" in result.stdout
