"""The README's path, through the installed command: ingest our samples, list open actions, again."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.fixtures.cli import run


def open_actions(home: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run(home, "actions", "--format", "csv").stdout), delimiter=";"))


def test_ingest_samples_then_open_actions_from_the_graph(home: Path, samples_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "trasig protokoll.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)
    result = run(home, "ingest", str(samples_dir), str(bad), check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "trasig protokoll.pdf" in errors[0]
    assert "4 document(s) in the graph" in result.stdout

    rows = open_actions(home)
    by_owner = {row["owner"]: row for row in rows}
    assert by_owner["Jonas Åkesson"]["due"] == "2025-10-15"
    assert by_owner["Jonas Åkesson"]["document"] == "2025-06-10_dtb_nordostra.docx"
    assert by_owner["Yasmin Haddad"]["due"] == "2025-10-10"
    assert by_owner["Yasmin Haddad"]["document"] == "2025-09-16_dtb_nordostra.pdf"
    by_action = {row["action"]: row for row in rows}
    # Raised in February, reported "Pågår" in the June action list: the latest report wins.
    assert by_action["Linnéa återkommer med ett förslag till utbildningsdagar under våren."]["status"] == "in_progress"
    assert not any(row["action"].startswith("Projektplan för Trygg hemgång") for row in rows)

    counts = run(home, "db", "status").stdout
    again = run(home, "ingest", str(samples_dir), check=False)
    assert "0 new or changed" in again.stdout
    assert run(home, "db", "status").stdout == counts
    assert open_actions(home) == rows

    status = run(home, "status").stdout
    assert "Ingested: 4" in status and "Failed: 1" in status and "trasig protokoll.pdf" in status


def test_ad_hoc_queries_are_read_only(home: Path, samples_dir: Path) -> None:
    run(home, "ingest", str(samples_dir / "2025-02-11_dtb_nordostra.docx"))
    refused = run(home, "query", "--cypher", "MATCH (n) DETACH DELETE n", check=False)
    assert refused.returncode == 2 and "only read queries" in refused.stderr
    count = run(home, "query", "--cypher", "MATCH (p:Person) RETURN count(p) AS people", "--format", "json")
    assert '"people": 8' in count.stdout


def test_extract_prints_the_schema_shape(samples_dir: Path, tmp_path: Path) -> None:
    import json

    result = run(tmp_path, "extract", str(samples_dir), "--format", "json")
    documents = json.loads(result.stdout)
    assert [d["meeting"]["date"] for d in documents] == ["2025-02-11", "2025-04-08", "2025-06-10", "2025-09-16"]
    assert documents[1]["follow_ups"][0]["earlier_document"] == "2025-02-11_dtb_nordostra.docx"
