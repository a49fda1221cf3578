"""The archive benchmark runs end to end on a small generated corpus (figures, not timings, checked)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.bench_ingest import markdown, run
from benchmarks.generate_corpus import generate_corpus
from queries.catalog import load_catalog


def test_benchmark_measures_every_phase_and_query(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    paths = generate_corpus(corpus, years=1, forums=1, meetings_per_year=4, plans_per_year=1, pages=2, workers=1)
    saved: list[dict] = []
    result = run(corpus, tmp_path / "work", sample=2, save=lambda r: saved.append(json.loads(json.dumps(r))),
                 incremental_repeat=2)

    assert result["corpus"]["documents"] == len(paths) == 5
    assert result["full_ingest"]["processed"] == 4 and result["full_ingest"]["failed"] == []
    assert result["incremental_ingest"]["processed"] == 1
    assert result["incremental_ingest"]["documents_in_graph"] == 5
    # Runs from the same copy of the home with the server running (the median is the figure), and
    # one that starts the server.
    runs = result["incremental_ingest"]["runs_wall_s"]
    assert len(runs) == 2 and result["incremental_ingest"]["wall_s"] == sorted(runs)[1]
    assert result["incremental_ingest"]["server_stopped_wall_s"] > 0
    assert result["full_ingest"]["peak_rss_tree_mb"] > 50 and result["full_ingest"]["peak_rss_server_mb"] > 0
    assert result["graph_load"]["documents"] == 5 and result["graph_load"]["relationships"] > 0
    assert set(result["queries"]) == set(load_catalog()) | {
        f"{name}, whole list" for name, spec in load_catalog().items() if any(p.name == "limit" for p in spec.params)}
    lists = result["queries"]["open_actions, whole list"]
    assert lists["rows"] == result["queries"]["open_actions"]["rows"] > 0  # the page holds this small list
    assert result["queries"]["meeting_summary"]["rows"] > 0  # parameters come from the graph itself
    assert [sorted(s) for s in saved][-1] == sorted(result)  # saved as it goes, complete at the end
    table = markdown(result)
    assert "| open_actions |" in table and "Incremental ingest is" in table
