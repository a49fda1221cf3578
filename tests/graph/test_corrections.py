"""corrections.yaml: validation naming the line, appending that keeps the file, and a merge that
reloads every document naming either person and leaves no duplicate behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.corrections import (
    Correction,
    CorrectionsError,
    append_correction,
    apply_corrections,
    parse_corrections,
)
from graph.load import sync
from graph.resolve import resolve

GOOD = "- kind: set-due\n  action: action-1\n  due: 2025-06-30\n  by: Anna\n  at: 2026-11-20\n"


@pytest.mark.parametrize(("text", "message"), [
    (GOOD.replace("  by: Anna\n", ""), "line 1: set-due needs 'by'"),
    (GOOD.replace("2025-06-30", "30 juni"), "line 3: due must be a date like 2026-11-23, not '30 juni'"),
    (GOOD.replace("action-1", "Johan tar fram"), "line 2: action must be a key starting with 'action-'"),
    (GOOD + "  owner: Anna\n", "line 6: set-due has no field 'owner'"),
    (GOOD + "- kind: set-status\n  action: action-1\n  status: klar\n  by: A\n  at: 2026-11-20\n",
     "line 8: status 'klar' is not one of open, in_progress, done"),
    (GOOD + "  - oops: [\n", "not valid YAML"),
    ("kind: reject\n", "line 1: expected a list of statements"),
    ("- id: c1\n  kind: reject\n  target: action-1\n  by: A\n  at: 2026-11-20\n" * 2,
     "line 6: id 'c1' is used twice (first on line 1)"),
])
def test_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(CorrectionsError, match="corrections.yaml") as raised:
        parse_corrections(text)
    assert message in str(raised.value)


def test_append_keeps_comments_and_numbers_statements(tmp_path: Path) -> None:
    (tmp_path / "corrections.yaml").write_text("# våra rättelser\n" + GOOD, encoding="utf-8")
    added = append_correction(tmp_path, Correction("", "reject", "Anna Berg", dt.date(2026, 11, 23),
                                                   target="decision-abc", note="citat från annat forum"))
    text = (tmp_path / "corrections.yaml").read_text(encoding="utf-8")
    assert text.startswith("# våra rättelser\n" + GOOD)
    assert added.id == "c2" and [c.id for c in parse_corrections(text)] == ["c1", "c2"]


def test_a_merge_reloads_every_document_naming_them_and_leaves_one_node(samples_dir: Path, store) -> None:
    records, _ = extract_paths(sorted(samples_dir.glob("*.docx")))
    resolution = resolve(records)
    plain = build_batches(records, resolution)
    sync(store, plain)
    merge = parse_corrections("- kind: merge-people\n  people: [person-goran-ek, person-jonas-akesson]\n"
                              "  by: test\n  at: 2026-11-20\n")
    _, merged, report = apply_corrections(records, resolution, merge, build_batches)
    assert report.applied == ["c1"]
    naming = {r.document.key for r in records for p in r.people
              if resolution.person(r.document.key, p.name) in {"person-goran-ek", "person-jonas-akesson"}}
    loaded = sync(store, merged)
    assert set(loaded.loaded) == naming
    _, people = store.read("MATCH (p:Person) WHERE p.key IN ['person-goran-ek', 'person-jonas-akesson'] "
                           "RETURN p.key, p.correction")
    assert people == [["person-goran-ek", "c1"]]
    assert sync(store, merged).loaded == ()  # applied again: nothing to reload
