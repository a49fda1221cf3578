"""`minutes-graph review | correct ... | corrections`: the review queue and human corrections that
re-ingestion never undoes (graph/corrections.py keeps them in <home>/corrections.yaml)."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

import click

from graph.corrections import (
    Correction,
    append_correction,
    corrections_path,
    load_corrections,
    load_report,
)
from graph.statements import statement
from graph.stores import StoreSettings, open_store
from graph.stores.base import rows_as_dicts
from pipelines.cli_ingest import home_path
from pipelines.cli_queries import TERMINAL_PAGE, page_size, show_result
from pipelines.runner import ingest_inbox
from queries.catalog import QueryResult, QuerySpec
from queries.render import FORMATS
from queries.review import LOW_CONFIDENCE, STALE_MEETINGS, as_result, review_queue

LIST_COLUMNS = ("id", "kind", "what", "by", "at", "note", "state")
LIST_SPEC = QuerySpec("corrections", "Corrections | Rättelser", "Human corrections and what the last build made of them.",
                      "Rättelser och vad den senaste körningen gjorde med dem.", (), LIST_COLUMNS, "",
                      Path("corrections.yaml"))


@click.command("review")
@click.option("--meetings", default=STALE_MEETINGS, show_default=True,
              help="Open actions unmentioned for this many meetings of their forum are listed.")
@click.option("--below", default=LOW_CONFIDENCE, show_default=True, help="Confidence under which a record is listed.")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help=f"Show at most this many items (0: all). Default: {TERMINAL_PAGE} in a terminal table, "
                   "all in an export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file.")
def review_command(meetings: int, below: float, limit: int | None, fmt: str, output: Path | None) -> None:
    """The numbered review queue: low-confidence records, ambiguous first-name owners, near-miss
    person merges, actions with unknown status. `correct ... NUMBER` settles item NUMBER."""
    with open_store(StoreSettings.from_env()) as store:
        items = review_queue(store, below=below, meetings=meetings)
    shown = page_size(fmt, output, limit) or len(items)  # numbered over the whole queue, then paged
    result = as_result(items[:shown])
    if fmt == "table":  # a terminal is narrow: the suggested command is in the other formats
        keep = [i for i, c in enumerate(result.columns) if c != "suggestion"]
        result = QueryResult(result.spec, tuple(result.columns[i] for i in keep),
                             tuple(tuple(row[i] for i in keep) for row in result.rows))
    show_result(result, fmt, output, "--limit 0" if len(items) > shown else None)


@click.command("corrections")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file.")
def corrections_command(fmt: str, output: Path | None) -> None:
    """The corrections in corrections.yaml, each applied or stale (its target gone) at the last build."""
    home = home_path()
    corrections = load_corrections(home)
    built = (load_report(home) or {}).get("statements", {})
    rows = []
    for c in corrections:
        outcome = built.get(c.id)
        state = ("not applied yet: run `minutes-graph ingest`" if outcome is None or outcome["summary"] != c.summary()
                 else f"stale: {outcome['stale']}" if outcome["stale"] else "applied")
        rows.append((c.id, c.kind, c.summary(), c.by, c.at, c.note, state))
    if fmt == "table":
        click.echo(f"{corrections_path(home)}: {len(corrections)} statement(s)")
    show_result(QueryResult(LIST_SPEC, LIST_COLUMNS, tuple(rows)), fmt, output)


@click.group("correct")
def correct_group() -> None:
    """Write a correction into corrections.yaml and rebuild the graph with it.

    Targets are keys (the Nyckel column of reports, `minutes-graph review`) or a review item number."""


def _common(command):
    command = click.option("--by", default=getpass.getuser, show_default="your user name",
                           help="Who makes the correction (kept with it).")(command)
    command = click.option("--note", help="Why (kept with the correction).")(command)
    return click.option("--no-apply", is_flag=True, help="Only write the statement; the next ingest applies it.")(
        command)


def _review_keys(target: str) -> tuple[str, ...]:
    """A review item number stands for the keys it is about."""
    if not target.isdigit():
        return (target,)
    with open_store(StoreSettings.from_env()) as store:
        items = review_queue(store)
    item = next((i for i in items if i.number == int(target)), None)
    if item is None:
        raise click.ClickException(f"the review queue has no item {target} (it has {len(items)})")
    return item.keys


def _record(target: str) -> dict:
    """The action or decision's key, text and document name, looked up in the graph."""
    key = _review_keys(target)[0]
    with open_store(StoreSettings.from_env()) as store:
        found = rows_as_dicts(*store.read(statement("record_anchor"), {"key": key}))
    if not found:
        raise click.ClickException(f"no action or decision with key {key!r} in the graph "
                                   f"(keys are in the Nyckel column of reports and in `minutes-graph review`)")
    return {"key": key, "text": found[0]["text"], "document": found[0]["document"]}


def _person(target: str) -> str:
    with open_store(StoreSettings.from_env()) as store:
        names = {p["key"]: p["name"] for p in rows_as_dicts(*store.read(statement("person_candidates")))}
    if target not in names:
        raise click.ClickException(f"no person with key {target!r} in the graph (see `minutes-graph review` or "
                                   f"`minutes-graph query --cypher \"MATCH (p:Person) RETURN p.key, p.name\"`)")
    return target


def _write(kind: str, by: str, note: str | None, no_apply: bool, **values) -> None:
    home = home_path()
    correction = append_correction(home, Correction(id="", kind=kind, by=by, at=dt.date.today(), note=note,
                                                    **values))
    click.echo(f"{correction.id} written to {corrections_path(home)}: {kind} {correction.summary()}")
    if no_apply:
        click.echo("Not applied yet: the next `minutes-graph ingest` applies it.")
        return
    ingest_inbox(home, rebuild=True)
    outcome = (load_report(home) or {}).get("statements", {}).get(correction.id, {})
    if outcome.get("stale"):
        raise click.ClickException(f"{correction.id} matched nothing: {outcome['stale']}")
    click.echo(f"{correction.id} applied; the graph is rebuilt with it.")


@correct_group.command("merge-people")
@click.argument("people", nargs=-1, required=True)
@click.option("--name", help="The canonical name of the merged person (default: the first one's).")
@_common
def merge_people(people, name, by, note, no_apply) -> None:
    """PEOPLE (two or more person keys, or one near-miss review item) are one person; the first key stays."""
    keys = tuple(k for p in people for k in _review_keys(p))
    if len(set(keys)) < 2:
        raise click.UsageError("name at least two people (person keys) or a near-miss review item")
    _write("merge-people", by, note, no_apply, people=tuple(_person(k) for k in keys), name=name)


@correct_group.command("split-people")
@click.argument("person")
@click.option("--document", "documents", multiple=True, help="A document (file name) naming the other person.")
@click.option("--written", "names", multiple=True, help="A spelling that is the other person.")
@click.option("--name", help="The other person's name (default: the same name).")
@_common
def split_people(person, documents, names, name, by, note, no_apply) -> None:
    """PERSON is two people: the mentions in --document files and/or written --written are someone else."""
    if not documents and not names:
        raise click.UsageError("give --document and/or --written: which mentions are the other person")
    _write("split-people", by, note, no_apply, person=_person(person), documents=documents, names=names, name=name)


@correct_group.command("set-name")
@click.argument("person")
@click.argument("name")
@_common
def set_name(person, name, by, note, no_apply) -> None:
    """PERSON's canonical name is NAME (the key stays)."""
    _write("set-name", by, note, no_apply, person=_person(person), name=name)


@correct_group.command("org-alias")
@click.argument("alias")
@click.argument("organisation")
@_common
def org_alias(alias, organisation, by, note, no_apply) -> None:
    """The organisation written ALIAS is ORGANISATION."""
    _write("org-alias", by, note, no_apply, alias=alias, organisation=organisation)


@correct_group.command("set-owner")
@click.argument("action")
@click.argument("owner")
@click.option("--organisation", "is_organisation", is_flag=True, help="OWNER is a group or organisation.")
@_common
def set_owner(action, owner, is_organisation, by, note, no_apply) -> None:
    """ACTION's owner is OWNER (a person's name or key, or a group with --organisation)."""
    record = _record(action)
    _write("set-owner", by, note, no_apply, action=record["key"], document=record["document"], text=record["text"],
           owner=owner, owner_kind="organisation" if is_organisation else None)


@correct_group.command("set-due")
@click.argument("action")
@click.argument("due", type=click.DateTime(formats=["%Y-%m-%d"]))
@_common
def set_due(action, due, by, note, no_apply) -> None:
    """ACTION is due on DUE (YYYY-MM-DD)."""
    record = _record(action)
    _write("set-due", by, note, no_apply, action=record["key"], document=record["document"], text=record["text"],
           due=due.date())


@correct_group.command("close-action")
@click.argument("action")
@click.option("--on", "done_on", type=click.DateTime(formats=["%Y-%m-%d"]), help="When it was done.")
@click.option("--status", type=click.Choice(["done", "in_progress", "open"]), default="done", show_default=True)
@_common
def close_action(action, done_on, status, by, note, no_apply) -> None:
    """ACTION is done (or, with --status, in progress or open again), whatever later minutes say."""
    record = _record(action)
    _write("set-status", by, note, no_apply, action=record["key"], document=record["document"], text=record["text"],
           status=status, done_on=done_on.date() if done_on else None)


@correct_group.command("reject")
@click.argument("target")
@_common
def reject(target, by, note, no_apply) -> None:
    """TARGET (an action or decision) is not one: a false extraction, left out of the graph."""
    record = _record(target)
    _write("reject", by, note, no_apply, target=record["key"], document=record["document"], text=record["text"])
