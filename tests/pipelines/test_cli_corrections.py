"""Corrections through the command line: applied, kept when the same documents are ingested again
and when the corrected document changes, reported when their target vanished, refused with the line
when the file has a typo."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx

from graph.corrections import CorrectionsReport
from pipelines.checks import corrections_still_match
from tests.fixtures.cli import run

TASK = "Göran och Malin tar fram en gemensam lägesbild"
APRIL = "2025-04-08_dtb_nordostra.docx"



def open_actions(home: Path) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO(run(home, "actions", "--format", "csv").stdout.lstrip("\ufeff")),
                          delimiter=";")
    return {row["action"][:len(TASK)]: row for row in rows}


def test_a_correction_survives_re_ingesting_and_a_changed_document(home: Path, samples_dir: Path) -> None:
    run(home, "ingest", str(samples_dir))
    before = open_actions(home)[TASK]
    assert before["owner"] == "Göran Ek" and not before["confirmed"]
    first_two = run(home, "actions", "--limit", "2", "--format", "csv")  # a page says it is one
    assert len(first_two.stdout.strip().splitlines()) == 3 and "--limit 0 visar alla" in first_two.stderr

    written = run(home, "correct", "set-owner", before["key"], "Malin Bäckström", "--by", "Anna Berg",
                  "--note", "Malin leder arbetet")
    assert "c1 applied" in written.stdout
    after = open_actions(home)[TASK]
    assert (after["owner"], after["confirmed"], after["key"]) == ("Malin Bäckström", "Anna Berg", before["key"])

    # The same documents again: nothing changes, the correction holds.
    assert "0 new or changed" in run(home, "ingest", str(samples_dir)).stdout
    assert open_actions(home)[TASK]["owner"] == "Malin Bäckström"

    # The corrected document changes elsewhere: a new key, found again by its document and text.
    changed = docx.Document(str(home / "inbox" / APRIL))
    changed.add_paragraph("Nästa möte hålls i Hässleholm.")
    changed.save(str(home / "inbox" / APRIL))
    assert "1 new or changed" in run(home, "ingest").stdout
    again = open_actions(home)[TASK]
    assert again["key"] != before["key"]
    assert (again["owner"], again["confirmed"]) == ("Malin Bäckström", "Anna Berg")
    listed = run(home, "corrections", "--format", "csv").stdout
    assert "applied" in listed and "stale" not in listed

    # The document goes: the correction matches nothing and says so.
    (home / "inbox" / APRIL).unlink()
    run(home, "ingest")
    listed = run(home, "corrections", "--format", "md").stdout
    assert "| c1 | set-owner |" in listed and "stale: no action" in listed


def test_a_typo_in_the_file_names_the_line(home: Path, samples_dir: Path) -> None:
    home.mkdir(parents=True)
    (home / "corrections.yaml").write_text(
        "# rättelser\n"
        "- kind: set-due\n  action: action-0000000000000000\n  due: 2025-06-30\n  by: Anna\n  at: 2026-11-20\n"
        "- kind: merge-peopel\n  people: [person-a, person-b]\n  by: Anna\n  at: 2026-11-20\n",
        encoding="utf-8")
    refused = run(home, "ingest", str(samples_dir), check=False)
    assert refused.returncode != 0
    assert "corrections.yaml line 7: unknown kind 'merge-peopel'; expected one of merge-people" in refused.stderr
    assert "corrections.yaml line 7" in run(home, "corrections", check=False).stderr


def test_the_check_reports_stale_statements() -> None:
    report = CorrectionsReport(applied=["c1"], stale={"c2": "no action action-1 any more"})
    result = corrections_still_match(report)
    assert not result.passed
    assert "c2: no action action-1 any more" in str(result.metadata["stale_statements"])
    assert corrections_still_match(CorrectionsReport()).passed
