"""Right of access, erasure that re-ingestion never undoes, and backups, through the command line."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import docx

from tests.fixtures.cli import run

JONAS = "Jonas Åkesson"



def mentions(home: Path, text: str) -> int:
    """Nodes and relationships whose text or quote still contains ``text``."""
    nodes = run(home, "query", "--cypher", "MATCH (n) WHERE n.quote CONTAINS $t OR n.text CONTAINS $t "
                "OR n.name CONTAINS $t RETURN count(n) AS c", "--format", "json", "--param", f"t={text}")
    rels = run(home, "query", "--cypher", "MATCH ()-[r]->() WHERE r.quote CONTAINS $t RETURN count(r) AS c",
               "--format", "json", "--param", f"t={text}")
    return json.loads(nodes.stdout)[0]["c"] + json.loads(rels.stdout)[0]["c"]


def owners(home: Path) -> set[str]:
    rows = csv.DictReader(io.StringIO(run(home, "actions", "--format", "csv").stdout), delimiter=";")
    return {row["owner"] for row in rows}


def test_export_then_forget_a_person_for_good(home: Path, samples_dir: Path, tmp_path: Path) -> None:
    run(home, "ingest", str(samples_dir))
    exported = tmp_path / "jonas.json"
    run(home, "export-person", "åkesson", "--output", str(exported))
    facts = json.loads(exported.read_text(encoding="utf-8"))
    assert facts["person"]["name"] == JONAS
    kinds = {f["relationship"] for f in facts["facts"]}
    assert {"ATTENDED", "OWNS", "PRESENTED", "MENTIONED_IN"} <= kinds
    owned = [f["node"]["text"] for f in facts["facts"] if f["relationship"] == "OWNS"]
    assert any("korttidsplatser i Hässleholm" in text for text in owned)
    backup = tmp_path / "före.mgb"
    run(home, "backup", str(backup))

    erased = run(home, "forget-person", JONAS, "--yes", "--requested-by", "registrator")
    assert f"Erased {JONAS}" in erased.stdout and "OWNS" in erased.stdout
    assert mentions(home, "Åkesson") == 0
    assert JONAS not in owners(home) and "Linnéa Sjögren" in owners(home)  # only his facts went
    missing = run(home, "export-person", JONAS, check=False)
    assert missing.returncode != 0 and "nobody called" in missing.stderr

    # A changed version of a document naming him is ingested: he stays out.
    changed = home / "inbox" / "2025-06-10_dtb_nordostra.docx"
    document = docx.Document(str(changed))
    document.add_paragraph("Jonas Åkesson återkommer med en lägesrapport senast 2025-12-01.")
    document.save(str(changed))
    assert "1 new or changed" in run(home, "ingest").stdout
    assert mentions(home, "Åkesson") == 0 and JONAS not in owners(home)

    # Restoring the backup made before the erasure does not bring him back either.
    run(home, "restore", str(backup), "--yes")
    assert mentions(home, "Åkesson") == 0
    assert "Linnéa Sjögren" in owners(home)


def test_backup_round_trip_and_a_damaged_backup_changes_nothing(home: Path, samples_dir: Path,
                                                                tmp_path: Path) -> None:
    run(home, "ingest", str(samples_dir / "2025-02-11_dtb_nordostra.docx"))
    backup = tmp_path / "graf.mgb"
    run(home, "backup", str(backup))
    assert oct(backup.stat().st_mode & 0o777) == "0o600"  # it holds personal data
    before = run(home, "db", "status").stdout.splitlines()[-1]

    shutil.copy(samples_dir / "2025-04-08_dtb_nordostra.docx", home / "inbox")
    run(home, "ingest")
    assert run(home, "db", "status").stdout.splitlines()[-1] != before

    damaged = tmp_path / "trasig.mgb"
    data = bytearray(backup.read_bytes())
    data[-10] ^= 0xFF
    damaged.write_bytes(bytes(data))
    refused = run(home, "restore", str(damaged), "--yes", check=False)
    assert refused.returncode != 0 and "checksum" in refused.stderr
    after_two = run(home, "db", "status").stdout.splitlines()[-1]
    assert after_two != before  # untouched by the refused restore

    # The inbox still has both files, so the restore is followed by bringing the graph in line.
    (home / "inbox" / "2025-04-08_dtb_nordostra.docx").unlink()
    run(home, "restore", str(backup), "--yes")
    assert run(home, "db", "status").stdout.splitlines()[-1] == before
