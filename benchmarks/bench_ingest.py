"""Archive-scale benchmark: reading, extraction, full and incremental ingest, graph load, queries.

    .venv/bin/python -m benchmarks.generate_corpus /tmp/corpus --years 10 --forums 5 \\
        --meetings-per-year 18 --plans-per-year 2          # 1,000 ten-page documents
    .venv/bin/python -m benchmarks.bench_ingest /tmp/corpus [--sample 40] [--work /tmp/bench] \\
        [--json docs/benchmarks/ingest.json] [--markdown docs/benchmarks/ingest.md]

Everything runs on this machine in one go:

- reading and extraction on a sample of the corpus (every n-th DOCX and PDF), beside pdfplumber's
  own ``extract_text`` and bare pypdfium2 text on the same PDFs;
- a full ingest of every document but the newest with ``minutes-graph ingest`` (a child process,
  as a person runs it) into a fresh home, with wall time and
  peak memory sampled from the process tree (the ingesting process, its worker processes and,
  separately, the embedded graph server);
- an incremental ingest of the newest document into that graph (three times from a copy of the
  home, with the graph server running, and once with it stopped);
- the graph load alone: the resolved corpus loaded again into an empty store;
- the embedded store throughout (NEO4J_URI is not consulted);
- every canned query, repeated, on the resulting graph.

DOCX files have no page count; their pages are counted as words / 450 (the generator's page size).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import pypdfium2

from benchmarks.bench_read import pdfium_text, plumber_text
from extractors.readers import read_document
from graph.load import sync
from graph.model import Label, RelType
from graph.stores.falkordb import EmbeddedServer, FalkorDBStore
from pipelines.assets import extract_document
from pipelines.cli_queries import TERMINAL_PAGE
from pipelines.partitions import inbox_files
from pipelines.runner import instance_for
from pipelines.state import Ledger, corpus_store
from queries.catalog import LIMIT, load_catalog, run_page, run_query

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WORDS_PER_PAGE = 450
QUERY_REPEAT = 30
INCREMENTAL_REPEAT = 3


# -- reading and extraction -----------------------------------------------------------------------

def _pdf_pages(path: Path) -> int:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _docx_pages(document) -> int:
    words = sum(len(block.text.split()) for block in document.blocks)
    return max(1, math.ceil(words / WORDS_PER_PAGE))


def _seconds(function: Callable[[Path], Any], paths: Sequence[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        function(path)
    return time.perf_counter() - start


def measure_reading(pdfs: Sequence[Path], docxs: Sequence[Path]) -> dict[str, Any]:
    """Our reader and extractor per format, on one core, beside the PDF baselines."""
    result: dict[str, Any] = {}
    for kind, paths in (("docx", docxs), ("pdf", pdfs)):
        read = extract = 0.0
        pages = 0
        for path in paths:
            start = time.perf_counter()
            document = read_document(path)
            middle = time.perf_counter()
            extract_document(document)
            read, extract = read + middle - start, extract + time.perf_counter() - middle
            pages += _pdf_pages(path) if kind == "pdf" else _docx_pages(document)
        result[kind] = {"documents": len(paths), "pages": pages, "read_s": read, "extract_s": extract}
    result["pdfplumber_extract_text_s"] = _seconds(plumber_text, pdfs)
    result["pypdfium2_text_s"] = _seconds(pdfium_text, pdfs)
    return result


# -- full and incremental ingest in a child process, memory sampled from outside -----------------

def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def _server_rss(home: Path) -> int:
    pid = EmbeddedServer(home).pid()
    try:
        return psutil.Process(pid).memory_info().rss if pid else 0
    except psutil.NoSuchProcess:
        return 0


def run_ingest(home: Path) -> dict[str, Any]:
    """``minutes-graph ingest`` in a child process, as a person runs it: wall time, peak RSS of the
    ingesting process tree and of the graph server, and the Dagster step times of its runs."""
    env = {**os.environ, "MINUTES_GRAPH_HOME": str(home)}
    env.pop("DAGSTER_HOME", None)
    command = [str(Path(sys.executable).with_name("minutes-graph")), "ingest"]
    started = datetime.now(UTC)
    start = time.perf_counter()
    child = psutil.Popen(command, env=env, stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    peak_tree = peak_server = 0
    while child.poll() is None:
        try:
            peak_tree = max(peak_tree, _tree_rss(child))
        except psutil.NoSuchProcess:
            break
        peak_server = max(peak_server, _server_rss(home))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    output = child.stdout.read() if child.stdout else ""
    if child.returncode != 0:
        raise SystemExit(f"the ingest child failed (exit {child.returncode}):\n{output}")
    return {"wall_s": wall, "peak_rss_tree_mb": peak_tree / 2**20, "peak_rss_server_mb": peak_server / 2**20,
            **_ingest_outcome(home, output, started)}


def measure_incremental(home: Path, newest: Path, target: Path, repeat: int = INCREMENTAL_REPEAT) -> dict[str, Any]:
    """The newest document added to the ingested home, from the same copy of it each time: ``repeat``
    times with the graph server running (as after the full ingest; the figure is the median run)
    and once with it stopped, which adds the server's start."""
    base = home.with_name(home.name + "-before-incremental")
    EmbeddedServer(home).stop()
    shutil.rmtree(base, ignore_errors=True)
    shutil.copytree(home, base)
    runs = []
    for server_running in [True] * repeat + [False]:
        EmbeddedServer(home).stop()
        shutil.rmtree(home)
        shutil.copytree(base, home)
        if server_running:
            EmbeddedServer(home).start()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(newest, target)
        os.sync()  # the copy's writes are not the ingest's
        runs.append(run_ingest(home))
    shutil.rmtree(base)
    warm = sorted(runs[:repeat], key=lambda run: run["wall_s"])
    return {**warm[len(warm) // 2], "runs_wall_s": [run["wall_s"] for run in runs[:repeat]],
            "server_stopped_wall_s": runs[-1]["wall_s"]}


def _ingest_outcome(home: Path, output: str, started: datetime) -> dict[str, Any]:
    """What the child ingested (its summary line and the ledger) and the step times Dagster recorded."""
    summary = re.search(r"Ingested (\d+) new or changed", output)
    if summary is None:
        raise SystemExit(f"the ingest child printed no summary:\n{output}")
    entries = Ledger(home).entries().values()
    steps = step_seconds(instance_for(home), started)
    return {"processed": int(summary.group(1)),
            "failed": sorted([e.partition, e.reason] for e in entries if e.status == "failed"),
            "documents_in_graph": sum(e.status == "ingested" for e in entries),
            "read_and_extract_s": steps.get("parsed_document", 0.0) + steps.get("extracted_records", 0.0),
            **{f"{step}_s": seconds for step, seconds in steps.items()}}


def step_seconds(instance, since: datetime) -> dict[str, float]:
    """Seconds per asset step, summed over the runs created since ``since`` (an ingest reads in
    ranges of documents and its last run also resolves and loads)."""
    from dagster import DagsterEventType, RunsFilter

    totals: dict[str, float] = {}
    for run in instance.get_runs(filters=RunsFilter(created_after=since)):
        begun = {e.step_key: e.timestamp for e in instance.all_logs(run.run_id, of_type=DagsterEventType.STEP_START)}
        for event in instance.all_logs(run.run_id, of_type=DagsterEventType.STEP_SUCCESS):
            if event.step_key in begun:
                totals[event.step_key] = totals.get(event.step_key, 0.0) + event.timestamp - begun[event.step_key]
    return totals


# -- graph load alone and queries ---------------------------------------------------------------

def _batches(home: Path) -> list:
    """Every document's batch as the corpus step kept it (graph.corpus.CorpusStore)."""
    store = corpus_store(home)
    state = store.load_state()
    if state is None:
        raise SystemExit(f"{home}: no corpus state; ingest first")
    return [store.batch(key) for key in state.fingerprints]


def measure_load(home: Path) -> dict[str, Any]:
    """Load the resolved corpus of ``home`` again into an empty embedded store."""
    batches = _batches(home)
    rows = sum(len(b.nodes) + len(b.rels) for b in batches)
    with tempfile.TemporaryDirectory(prefix="bench-load-") as scratch:
        with FalkorDBStore(Path(scratch)) as store:
            start = time.perf_counter()
            report = sync(store, batches)
            seconds = time.perf_counter() - start
            counts = store.counts()
        EmbeddedServer(Path(scratch)).stop()
    nodes = sum(counts[label.value] for label in Label)
    relationships = sum(counts[rel_type.value] for rel_type in RelType)
    return {"documents": len(report.loaded), "rows_sent": rows, "nodes": nodes, "relationships": relationships,
            "seconds": seconds, "rows_per_s": rows / seconds}


def query_parameters(store) -> dict[str, dict[str, Any]]:
    """Parameters from the graph itself, so each query has rows to return."""
    def one(cypher: str) -> Any:
        _, rows = store.read(cypher)
        return rows[0][0] if rows else None

    owner = one("MATCH (p:Person)-[:OWNS]->(a:Action) RETURN p.name AS name, count(a) AS n ORDER BY n DESC LIMIT 1")
    meeting = one("MATCH (m:Meeting) WHERE m.date IS NOT NULL RETURN toString(m.date) AS d ORDER BY d DESC LIMIT 1")
    action = one("MATCH (a:Action) RETURN a.key AS key ORDER BY key LIMIT 1")
    project = one("MATCH (p:Project) RETURN p.name AS name ORDER BY name LIMIT 1")
    surname = owner.split()[-1] if owner else "a"
    return {
        "action_history": {"key": action},
        "actions_without_owner_or_due": {},
        "decision_log": {"topic": project},
        "meeting_summary": {"date": meeting},
        "open_actions": {},
        "overdue_actions": {"today": "2025-12-31"},
        "provenance": {"key": action},
        "representation": {},
        "role_changes": {},
        "stale_actions": {},
        "who_owns_what": {"name": surname},
    }


def measure_queries(home: Path) -> dict[str, Any]:
    """Every canned query with the parameters of ``query_parameters``: a list query as its whole
    list (what an export gets) and as the page a table in the terminal shows (``run_page``)."""
    results: dict[str, Any] = {}
    with FalkorDBStore(home) as store:
        parameters = query_parameters(store)
        for name, spec in sorted(load_catalog().items()):
            params = parameters.get(name, {})
            if not any(param.name == LIMIT for param in spec.params):
                results[name] = _time_query(store, name, params)
                continue
            results[name] = _time_query(store, name, params, limit=TERMINAL_PAGE)
            results[f"{name}, whole list"] = _time_query(store, name, params, limit=0)
    return results


def _time_query(store, name: str, params: dict[str, Any], limit: int | None = None) -> dict[str, Any]:
    times, rows = [], 0
    for _ in range(QUERY_REPEAT):
        start = time.perf_counter()
        result = run_query(store, name, params) if limit is None else run_page(store, name, params, limit)[0]
        rows = len(result.rows)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"params": params, "rows": rows, "median_ms": statistics.median(times),
            "p95_ms": times[math.ceil(0.95 * len(times)) - 1]}


# -- the run --------------------------------------------------------------------------------------

def _sample(paths: Sequence[Path], count: int) -> list[Path]:
    step = max(1, len(paths) // count)
    return list(paths[::step][:count])


def run(corpus: Path, work: Path, sample: int, save: Callable[[dict[str, Any]], None],
        incremental_repeat: int = INCREMENTAL_REPEAT) -> dict[str, Any]:
    """Each phase's figures are saved as soon as they are measured."""
    files = inbox_files(corpus)
    if len(files) < 2:
        raise SystemExit(f"{corpus}: needs at least two documents")
    newest = max(files, key=lambda p: (p.name, str(p)))
    home = work / "home"
    if home.exists():
        shutil.rmtree(home)
    inbox = home / "inbox"
    for path in files:
        if path != newest:
            target = inbox / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    result: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"), "machine": _machine(),
        "corpus": {"path": str(corpus), "documents": len(files),
                   "docx": sum(p.suffix == ".docx" for p in files), "pdf": sum(p.suffix == ".pdf" for p in files)},
    }
    print("reading and extraction on a sample ...", flush=True)
    result["reading"] = measure_reading(_sample([p for p in files if p.suffix == ".pdf"], sample),
                                        _sample([p for p in files if p.suffix == ".docx"], sample))
    save(result)
    print(f"full ingest of {len(files) - 1} documents ...", flush=True)
    result["full_ingest"] = run_ingest(home)
    save(result)
    print(f"incremental ingest of {newest.name} ...", flush=True)
    result["incremental_ingest"] = measure_incremental(home, newest, inbox / newest.relative_to(corpus),
                                                       incremental_repeat)
    result["incremental_ingest"]["ratio_to_full"] = (result["full_ingest"]["wall_s"]
                                                     / result["incremental_ingest"]["wall_s"])
    save(result)
    print("graph load alone ...", flush=True)
    result["graph_load"] = measure_load(home)
    save(result)
    print("canned queries ...", flush=True)
    result["queries"] = measure_queries(home)
    save(result)
    EmbeddedServer(home).stop()
    return result


def _machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "platform": platform.platform()}


def markdown(result: dict[str, Any]) -> str:
    reading, full, incremental = result["reading"], result["full_ingest"], result["incremental_ingest"]
    corpus, load = result["corpus"], result["graph_load"]
    pdf, docx = reading["pdf"], reading["docx"]
    ours = pdf["read_s"] + pdf["extract_s"]
    lines = [
        (f"Measured {result['when'][:10]} on {result['machine']['cpus']} cores, "
        f"{result['machine']['memory_gb']} GB, Python {result['machine']['python']}; corpus: "
        f"{corpus['documents']} generated documents ({corpus['docx']} DOCX, {corpus['pdf']} PDF)."),
        "",
        "| reading and extraction (one core) | documents | pages | seconds | pages/s | ms/page |",
        "|---|---|---|---|---|---|",
    ]
    for label, pages, seconds, documents in (
            ("DOCX, read", docx["pages"], docx["read_s"], docx["documents"]),
            ("DOCX, extract", docx["pages"], docx["extract_s"], docx["documents"]),
            ("PDF, read", pdf["pages"], pdf["read_s"], pdf["documents"]),
            ("PDF, extract", pdf["pages"], pdf["extract_s"], pdf["documents"]),
            ("PDF, pdfplumber extract_text alone", pdf["pages"], reading["pdfplumber_extract_text_s"],
             pdf["documents"]),
            ("PDF, pypdfium2 text alone (floor)", pdf["pages"], reading["pypdfium2_text_s"], pdf["documents"])):
        lines.append(f"| {label} | {documents} | {pages} | {seconds:.2f} | {pages / seconds:.1f} | "
                     f"{1000 * seconds / pages:.1f} |")
    extract_docs = (docx["documents"] + pdf["documents"]) / (docx["extract_s"] + pdf["extract_s"])
    lines += [
        "",
        (f"PDF read + extract is {ours / reading['pdfplumber_extract_text_s']:.2f} times pdfplumber's "
        f"`extract_text` alone (target at most 3); extraction runs at {extract_docs:.1f} documents/s."),
        "",
        ("| ingest | documents | wall time | read + extract | resolve | graph sync | peak RSS, pipeline "
        "| peak RSS, graph server |"),
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, run in (("full", full), ("incremental, one new document", incremental)):
        lines.append(
            f"| {label} | {run['processed']} | {run['wall_s']:.1f} s | {run['read_and_extract_s']:.1f} s | "
            f"{run.get('resolved_entities_s', float('nan')):.1f} s | {run.get('graph_s', float('nan')):.1f} s | "
            f"{run['peak_rss_tree_mb']:.0f} MB | {run['peak_rss_server_mb']:.0f} MB |")
    lines += [
        "",
        (f"Incremental ingest is {incremental['ratio_to_full']:.0f} times faster than the full ingest "
        "(target at least 50, under 10 s): the median of "
        f"{', '.join(f'{w:.1f}' for w in incremental['runs_wall_s'])} s with the graph server running; "
        f"{incremental['server_stopped_wall_s']:.1f} s when the ingest starts the server too."),
        "",
        (f"Graph load alone: {load['documents']} documents, {load['rows_sent']:,} rows sent "
        f"({load['nodes']:,} nodes, {load['relationships']:,} relationships in the graph) in "
        f"{load['seconds']:.1f} s, {load['rows_per_s']:,.0f} rows/s."),
        "",
        (f"| canned query ({QUERY_REPEAT} runs; a list as a terminal table shows it, the first {TERMINAL_PAGE} "
         "rows, and its whole list, as an export gets it) | rows | median ms | p95 ms |"),
        "|---|---|---|---|",
    ]
    for name, query in result["queries"].items():
        lines.append(f"| {name} | {query['rows']} | {query['median_ms']:.1f} | {query['p95_ms']:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "minutes-graph-bench")
    parser.add_argument("--sample", type=int, default=40, help="documents per format for the reading figures")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here (default: WORK/result.json)")
    parser.add_argument("--markdown", type=Path, help="write the tables as Markdown here")
    args = parser.parse_args()
    if args.corpus is None:
        parser.error("the corpus folder is required")
    json_path = args.json or args.work / "result.json"

    def save(result: dict[str, Any]) -> None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    result = run(args.corpus.resolve(), args.work.resolve(), args.sample, save)
    table = markdown(result)
    print(table)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
