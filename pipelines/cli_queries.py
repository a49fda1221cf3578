"""`minutes-graph queries | query | actions`: canned and ad-hoc read-only queries, rendered for people."""

from __future__ import annotations

from pathlib import Path

import click

from graph.stores import StoreSettings, open_store
from queries.catalog import (
    LIMIT,
    QueryResult,
    browser_params,
    convert_params,
    get_query,
    load_catalog,
    run_page,
    run_query,
)
from queries.render import FORMATS, render

TERMINAL_ACTION_COLUMNS = ("owner", "due", "status", "action", "document")


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


# A table in the terminal shows the first rows of a long list; every export (another format, or
# --output) has every row. Nobody reads 7,000 rows in a terminal, and the first page answers in
# tens of milliseconds on a ten-year archive where the whole list takes a few hundred.
TERMINAL_PAGE = 200


def page_size(fmt: str, output: Path | None, given: int | None) -> int:
    """Rows to show: what the person asked for, else a page in a terminal table, else all (0)."""
    if given is not None:
        return given
    return TERMINAL_PAGE if fmt == "table" and output is None else 0


def show_result(result: QueryResult, fmt: str, output: Path | None, more: str | None = None) -> None:
    """Print ``result`` in ``fmt``, or write it to ``output``. ``more``: rows were left out, and
    the option that shows them all (never leave rows out without saying so)."""
    text = render(result, fmt, output)
    if text is not None:
        click.echo(text, nl=not text.endswith("\n"))
    elif output is not None:
        click.echo(f"wrote {output}", err=True)
    if more:  # after the rows, where a person who scrolled to their end reads it
        click.echo(f"Visar de {len(result.rows)} första raderna; det finns fler ({more} visar alla, "
                   f"och --output FIL skriver alla till en fil).", err=True)


@click.command("queries")
@click.option("--browser", is_flag=True, help="Also print the :params line to paste into Neo4j Browser.")
def queries_command(browser: bool) -> None:
    """List the canned queries with their parameters."""
    for spec in load_catalog().values():
        click.echo(f"{spec.name}: {spec.description}")
        for param in spec.params:
            need = "required" if param.required else f"default {param.default or 'none'}"
            click.echo(f"    --param {param.name}=…  ({param.type}, {need}) {param.description}")
        if browser:
            click.echo(f"    Neo4j Browser: {browser_params(spec)}")


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, help="key=value, repeatable.")
@click.option("--cypher", help="Ad-hoc read-only Cypher instead of a canned query.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file.")
def query_command(name: str | None, params: tuple[str, ...], cypher: str | None, fmt: str,
                  output: Path | None) -> None:
    """Run canned query NAME (see `minutes-graph queries`) or --cypher (read-only)."""
    if bool(name) == bool(cypher):
        raise click.UsageError("give a query NAME or --cypher, not both")
    given = _parse_params(params)
    with open_store(StoreSettings.from_env()) as store:
        if cypher:
            columns, rows = store.read(cypher, given)
            show_result(QueryResult(None, tuple(columns), tuple(tuple(r) for r in rows)), fmt, output)
            return
        spec = get_query(name)
        convert_params(spec, given)  # an unknown or malformed parameter stops here, with its reason
        if not any(p.name == LIMIT for p in spec.params):  # lookups, not lists
            show_result(run_query(store, name, given), fmt, output)
            return
        limit = page_size(fmt, output, int(given[LIMIT]) if LIMIT in given else None)
        result, more = run_page(store, name, given, limit)
    show_result(result, fmt, output, "--param limit=0" if more else None)


@click.command("actions")
@click.option("--owner", help="Part of the owner's name.")
@click.option("--organisation", help="Part of an organisation's name.")
@click.option("--forum", help="Part of the forum's name.")
@click.option("--project", help="Part of a project's name.")
@click.option("--due-before", help="Due on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help=f"At most this many, soonest due first (0: all). Default: {TERMINAL_PAGE} in a terminal "
                   "table, all in an export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file.")
def actions_command(owner, organisation, forum, project, due_before, limit, fmt, output) -> None:
    """Open actions: owner, due date, status and source document (shortcut for `query open_actions`)."""
    params = {k: v for k, v in {"owner": owner, "organisation": organisation, "forum": forum, "project": project,
                                "due_before": due_before}.items() if v}
    with open_store(StoreSettings.from_env()) as store:
        result, more = run_page(store, "open_actions", params, page_size(fmt, output, limit))
    if fmt == "table":  # a terminal is narrow: the columns people read first
        keep = [result.columns.index(c) for c in TERMINAL_ACTION_COLUMNS if c in result.columns]
        result = QueryResult(result.spec, tuple(result.columns[i] for i in keep),
                             tuple(tuple(row[i] for i in keep) for row in result.rows))
    show_result(result, fmt, output, "--limit 0" if more else None)
