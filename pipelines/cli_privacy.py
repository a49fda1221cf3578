"""Personal data and safekeeping: `export-person`, `forget-person`, `backup`, `restore`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from graph.privacy import Erasure, ErasureRegister, export_person, find_people
from graph.stores import StoreSettings, open_store
from pipelines.cli_ingest import home_path
from pipelines.runner import ingest_inbox


def _one_person(store, name: str) -> dict:
    matches = find_people(store, name)
    if not matches:
        raise click.ClickException(f"nobody called {name!r} in the graph (try part of the surname)")
    if len(matches) > 1:
        listing = "\n".join(f"  {m['key']}  {m['name']}" for m in matches)
        raise click.ClickException(f"{len(matches)} people match {name!r}; name one by its key:\n{listing}")
    return matches[0]


@click.command("export-person")
@click.argument("name")
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write JSON here (default: print).")
def export_person_command(name: str, output: Path | None) -> None:
    """Everything stored about one person, as JSON (the right of access)."""
    with open_store(StoreSettings.from_env()) as store:
        person = _one_person(store, name)
        export = export_person(store, person["key"])
    text = json.dumps(export, ensure_ascii=False, indent=2)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(export['facts'])} fact(s) about {person['name']} written to {output}")
    else:
        click.echo(text)


@click.command("forget-person")
@click.argument("name")
@click.option("--requested-by", help="Who asked for the erasure (kept in the register).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def forget_person_command(name: str, requested_by: str | None, yes: bool) -> None:
    """Erase a person for good: their node, attendance, roles, mentions and the actions only they
    owned; their name is blanked in quotes that also concern others. Re-ingesting keeps them out."""
    home = home_path()
    with open_store(StoreSettings.from_env()) as store:
        person = _one_person(store, name)
        before = export_person(store, person["key"])
    if not yes:
        click.confirm(f"Erase {person['name']} ({len(before['facts'])} facts) from the graph for good?", abort=True)
    ErasureRegister(home).add(Erasure(person["key"], person["name"], tuple(person["aliases"] or ()),
                                      dt.date.today().isoformat(), requested_by))
    ingest_inbox(home, rebuild=True)
    with open_store(StoreSettings.from_env()) as store:
        remaining = find_people(store, person["key"])
    if remaining:
        raise click.ClickException(f"{person['name']} is still in the graph after the rebuild; nothing is hidden: "
                                   f"see `minutes-graph export-person {person['key']}`")
    removed: dict[str, int] = {}
    for fact in before["facts"]:
        kind = fact["relationship"] + (" (action only they owned)" if fact["relationship"] == "OWNS" else "")
        removed[kind] = removed.get(kind, 0) + 1
    click.echo(f"Erased {person['name']} ({person['key']}): " + ", ".join(f"{n} {k}" for k, n in sorted(removed.items())))
    click.echo(f"The erasure is kept in {ErasureRegister(home).path}; the source files in the inbox still "
               f"contain the name: remove or redact them there too.")


@click.command("backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
def backup_command(target: Path) -> None:
    """Write the embedded graph to TARGET (for Neo4j: `neo4j-admin database dump`, see README)."""
    with open_store(StoreSettings.from_env()) as store:
        meta = store.backup(target)
    total = sum(meta["counts"].values())
    click.echo(f"backup written to {target}: {meta['bytes']:,} bytes, {total:,} nodes and relationships")


@click.command("restore")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(source: Path, yes: bool) -> None:
    """Replace the embedded graph with the backup SOURCE, then re-apply erasures and the inbox."""
    if not yes:
        click.confirm(f"Replace the whole graph with {source}?", abort=True)
    with open_store(StoreSettings.from_env()) as store:
        meta = store.restore(source)
    summary = ingest_inbox(home_path(), rebuild=True)  # people erased since the backup stay erased
    click.echo(f"restored {source} (made {meta['created']}); {summary.documents_in_graph} document(s) in the graph")
