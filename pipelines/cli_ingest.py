"""`minutes-graph ingest` and `minutes-graph status`: documents into the graph through the Dagster assets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipelines.partitions import inbox_files, partition_key
from pipelines.resources import default_home
from pipelines.runner import copy_into_inbox, ingest_inbox
from pipelines.state import Ledger, file_sha256


def home_path() -> Path:
    return Path(default_home()).resolve()


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
def ingest_command(paths: tuple[Path, ...]) -> None:
    """Copy PATHS (files or folders) into the inbox and bring the graph in line with it.

    Without PATHS, ingests what is already in the inbox. Unreadable files are reported
    with the reason; the other files are ingested.
    """
    home = home_path()
    copied = copy_into_inbox(list(paths), home / "inbox")
    if copied:
        click.echo(f"{len(copied)} file(s) copied into {home / 'inbox'}")

    def progress(key: str, status: str) -> None:
        if status != "reading":
            click.echo(f"  {key}: {status}")

    summary = ingest_inbox(home, progress)
    click.echo(f"Ingested {len(summary.processed) - len([p for p, _ in summary.failed if p in summary.processed])} "
               f"new or changed document(s), {len(summary.unchanged)} unchanged, {len(summary.forgotten)} removed; "
               f"{summary.documents_in_graph} document(s) in the graph.")
    for partition, reason in summary.failed:
        click.echo(f"error: {reason}", err=True)
    if any(p in summary.processed for p, _ in summary.failed):
        sys.exit(1)


@click.command("status")
def status_command() -> None:
    """Documents ingested, failed (with reasons) and pending (in the inbox, not yet ingested)."""
    home = home_path()
    inbox = home / "inbox"
    entries = Ledger(home).entries()
    current = {partition_key(inbox, p): file_sha256(p) for p in inbox_files(inbox)}
    ingested = sorted(k for k, e in entries.items() if e.status == "ingested" and current.get(k) == e.sha256)
    failed = sorted((k, e.reason) for k, e in entries.items() if e.status == "failed" and current.get(k) == e.sha256)
    pending = sorted(k for k, sha in current.items() if k not in entries or entries[k].sha256 != sha)
    click.echo(f"Home: {home}")
    click.echo(f"Ingested: {len(ingested)}")
    for key in ingested:
        click.echo(f"  {key}")
    click.echo(f"Failed: {len(failed)}")
    for key, reason in failed:
        click.echo(f"  {key}: {reason}")
    click.echo(f"Pending: {len(pending)}")
    for key in pending:
        click.echo(f"  {key}")
