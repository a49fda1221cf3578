"""The Dagster definitions: loadable, the inbox sensor, the assets in process, the blocking checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from dagster import DagsterInstance, Definitions, build_sensor_context

from graph import corpus
from graph.corrections import corrections_path, file_fingerprint
from pipelines.checks import every_fact_has_provenance, people_are_sound
from pipelines.definitions import defs
from pipelines.resources import MinutesHomeResource
from pipelines.runner import ingest_inbox, instance_for
from pipelines.sensors import compare_inbox, inbox_sensor
from pipelines.state import Ledger


def test_definitions_load() -> None:
    Definitions.validate_loadable(defs)
    assert {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()} >= {
        "parsed_document", "extracted_records", "resolved_entities", "graph"}


def _evaluate(home: Path, instance: DagsterInstance, cursor: str | None):
    context = build_sensor_context(instance=instance, cursor=cursor,
                                   resources={"home": MinutesHomeResource(home=str(home))})
    return inbox_sensor(context)


def test_sensor_adds_changes_and_deletes_partitions(tmp_path: Path, samples_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "2025").mkdir(parents=True)
    shutil.copy(samples_dir / "2025-02-11_dtb_nordostra.docx", inbox / "2025")
    with DagsterInstance.ephemeral() as instance:
        first = _evaluate(tmp_path, instance, None)
        assert [r.partition_key for r in first.run_requests] == ["2025/2025-02-11_dtb_nordostra.docx"]
        assert first.dynamic_partitions_requests[0].partition_keys == ["2025/2025-02-11_dtb_nordostra.docx"]
        quiet = _evaluate(tmp_path, instance, first.cursor)
        assert not getattr(quiet, "run_requests", None)
        # same content under a second name: recognised, not ingested twice
        shutil.copy(inbox / "2025" / "2025-02-11_dtb_nordostra.docx", inbox / "kopia.docx")
        duplicate = _evaluate(tmp_path, instance, first.cursor)
        assert not getattr(duplicate, "run_requests", None)
        (inbox / "kopia.docx").unlink()
        # changed content re-runs only that partition
        shutil.copy(samples_dir / "2025-04-08_dtb_nordostra.docx", inbox / "2025" / "2025-02-11_dtb_nordostra.docx")
        changed = _evaluate(tmp_path, instance, first.cursor)
        assert [r.partition_key for r in changed.run_requests] == ["2025/2025-02-11_dtb_nordostra.docx"]
        assert not changed.dynamic_partitions_requests
        (inbox / "2025" / "2025-02-11_dtb_nordostra.docx").unlink()
        deleted = _evaluate(tmp_path, instance, changed.cursor)
        assert deleted.run_requests[0].job_name == "load_graph"
        assert deleted.dynamic_partitions_requests[0].partition_keys == ["2025/2025-02-11_dtb_nordostra.docx"]
        assert json.loads(deleted.cursor) == {}


def test_sensor_rebuilds_once_after_corrections_or_an_upgrade(tmp_path: Path, samples_dir: Path) -> None:
    (tmp_path / "inbox").mkdir()
    shutil.copy(samples_dir / "2025-02-11_dtb_nordostra.docx", tmp_path / "inbox")
    with DagsterInstance.ephemeral() as instance:
        tracked = _evaluate(tmp_path, instance, None).cursor
        assert not getattr(_evaluate(tmp_path, instance, tracked), "run_requests", None)
        kept = tmp_path / "state" / "corpus"
        kept.mkdir(parents=True)
        (kept / "code").write_text("an older minutes-graph")  # the corpus step kept by other code
        upgraded = _evaluate(tmp_path, instance, tracked)
        assert [(r.job_name, r.run_key) for r in upgraded.run_requests] == [
            ("load_graph", f"rebuild:code:{corpus.code_version()}")]
        corrections_path(tmp_path).write_text("corrections: []\n", encoding="utf-8")
        edited = _evaluate(tmp_path, instance, tracked)
        assert [r.run_key for r in edited.run_requests] == [f"rebuild:corrections:{file_fingerprint(tmp_path)}"]
        assert edited.cursor == tracked


def test_compare_inbox_is_pure() -> None:
    changes = compare_inbox({"a.docx": "1"}, {"a.docx": "2", "b.pdf": "3", "c.pdf": "3"})
    assert changes.changed == ("a.docx",) and changes.added == ("b.pdf",)
    assert changes.duplicates == (("c.pdf", "b.pdf"),)


def test_ingest_runs_the_assets_and_survives_a_bad_file(tmp_path: Path, samples_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    for path in samples_dir.iterdir():
        shutil.copy(path, inbox)
    (inbox / "trasig.docx").write_bytes(b"PK\x03\x04 not really a zip")
    try:
        summary = ingest_inbox(home)
        assert summary.failed[0][0] == "trasig.docx" and "trasig.docx" in summary.failed[0][1]
        assert summary.documents_in_graph == 4
        runs = instance_for(home).get_runs_count()
        again = ingest_inbox(home)
        assert again.processed == () and instance_for(home).get_runs_count() == runs  # nothing to do
        # minutes-graph upgraded: the graph is built again by the new code, once
        monkeypatch.setattr(corpus, "code_version", lambda: "upgraded")
        assert ingest_inbox(home).documents_in_graph == 4 and instance_for(home).get_runs_count() == runs + 1
        assert (home / "state" / "corpus" / "code").read_text() == "upgraded"
        ingest_inbox(home)
        assert instance_for(home).get_runs_count() == runs + 1
        # a deleted document's facts leave the graph
        (inbox / "2025-09-16_dtb_nordostra.pdf").unlink()
        ingest_inbox(home)
        entries = Ledger(home).entries()
        assert "2025-09-16_dtb_nordostra.pdf" not in entries
        from graph.stores.falkordb import FalkorDBStore

        with FalkorDBStore(home) as store:
            _, rows = store.read("MATCH (d:Document) RETURN d.name ORDER BY d.name")
            assert [r[0] for r in rows] == sorted(p.name for p in samples_dir.iterdir() if p.suffix == ".docx")
    finally:
        from graph.stores.falkordb import EmbeddedServer

        EmbeddedServer(home).stop()


def test_blocking_checks_fail_on_a_bad_extraction(samples_dir: Path) -> None:
    from dataclasses import replace

    from extractors.extract import extract_paths
    from graph.corpus import DocumentSummary
    from graph.resolve import resolve

    records, _ = extract_paths(sorted(samples_dir.iterdir()))
    broken = [replace(records[0], actions=tuple(replace(a, source=replace(a.source, quote="")) for a in
                                                  records[0].actions)), *records[1:]]
    resolution = resolve(broken)
    assert not every_fact_has_provenance([DocumentSummary.of(r) for r in broken]).passed
    assert every_fact_has_provenance([DocumentSummary.of(r) for r in records]).passed
    assert people_are_sound(resolution).passed
    merged = replace(resolution, person_aliases={**resolution.person_aliases,
                                                 "person-goran-ek": ("Yasmin Haddad",)})
    assert not people_are_sound(merged).passed


def test_a_failing_blocking_check_stops_the_graph_load(tmp_path: Path, samples_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """With a corpus whose facts lack provenance, `graph` is not materialized."""
    from pipelines import assets

    original = assets.extract_document

    def without_quotes(document):
        from dataclasses import replace

        records, reports = original(document)
        return replace(records, actions=tuple(replace(a, source=replace(a.source, quote=""))
                                              for a in records.actions)), reports

    monkeypatch.setattr(assets, "extract_document", without_quotes)
    home = tmp_path / "home"
    (home / "inbox").mkdir(parents=True)
    shutil.copy(samples_dir / "2025-02-11_dtb_nordostra.docx", home / "inbox")
    try:
        with pytest.raises(Exception) as raised:
            ingest_inbox(home)
        assert "every_fact_has_provenance" in str(raised.value) or "blocking" in str(raised.value).lower()
        assert not (home / "graph" / "falkordb.sock").exists() or _documents_in_graph(home) == 0
    finally:
        from graph.stores.falkordb import EmbeddedServer

        EmbeddedServer(home).stop()


def _documents_in_graph(home: Path) -> int:
    from graph.stores.falkordb import FalkorDBStore

    with FalkorDBStore(home) as store:
        return store.counts()["Document"]
