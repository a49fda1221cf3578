"""`minutes-graph extract` and `minutes-graph evaluate`: extraction without the graph."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractors.evaluate import Scores, format_table, load_gold, score
from extractors.extract import extract_paths
from extractors.jsonout import to_schema
from graph.evaluate import score_people
from graph.resolve import resolve

SUPPORTED = (".docx", ".pdf", ".txt", ".md")


def document_paths(targets: tuple[Path, ...], suffixes: tuple[str, ...] = SUPPORTED) -> list[Path]:
    """Files named directly, and supported files under named folders (recursively, sorted)."""
    paths: list[Path] = []
    for target in targets:
        if target.is_dir():
            paths.extend(p for p in sorted(target.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes)
        else:
            paths.append(target)
    return paths


@click.command("extract")
@click.argument("targets", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True)
def extract_command(targets: tuple[Path, ...], output_format: str) -> None:
    """Print what is extracted from FILE or every document in DIR (a folder is one corpus)."""
    records, errors = extract_paths(document_paths(targets))
    click.echo(json.dumps([to_schema(r) for r in records], ensure_ascii=False, indent=2))
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        sys.exit(1)


@click.command("evaluate")
@click.option("--gold", "gold_dirs", multiple=True, required=True, type=click.Path(path_type=Path, exists=True,
                                                                                   file_okay=False))
@click.option("--format", "formats", multiple=True, type=click.Choice(["docx", "pdf", "txt"]),
              help="Document formats to score (default: each one present).")
def evaluate_command(gold_dirs: tuple[Path, ...], formats: tuple[str, ...]) -> None:
    """Score extraction against the *.gold.json files in each --gold folder, per format."""
    for fmt in formats or ("docx", "pdf", "txt"):
        scores = Scores()
        for gold_dir in gold_dirs:
            gold = load_gold(gold_dir)
            paths = [gold_dir / f"{stem}.{fmt}" for stem in gold if (gold_dir / f"{stem}.{fmt}").exists()]
            if not paths:
                continue
            records, errors = extract_paths(paths)
            for error in errors:
                click.echo(f"error: {error}", err=True)
            score([to_schema(r) for r in records], gold, scores)
        if scores.documents:
            names = ", ".join(str(d) for d in gold_dirs)
            click.echo(format_table(scores, f"{fmt}: {scores.documents} documents in {names}") + "\n")
    for gold_dir in gold_dirs:
        _evaluate_resolution(gold_dir)


def _evaluate_resolution(gold_dir: Path) -> None:
    """Same-person decisions across the folder's documents, when it has a corpus gold."""
    gold_file = gold_dir / "gold_corpus.json"
    if not gold_file.is_file():
        return
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    records, errors = extract_paths([gold_dir / name for name in gold["documents"] if (gold_dir / name).exists()])
    for error in errors:
        click.echo(f"error: {error}", err=True)
    scores = score_people(records, resolve(records), gold)
    click.echo(scores.as_markdown(f"people across documents: {len(records)} documents in {gold_dir}") + "\n")
