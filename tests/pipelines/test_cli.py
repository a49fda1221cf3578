"""The command line: each command's module loaded when it runs; long lists paged in a terminal only."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from pipelines import cli_queries
from pipelines.cli import COMMANDS, cli


def test_every_command_is_found_under_its_own_name() -> None:
    context = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(context, name)
        assert isinstance(command, click.Command) and command.name == name
    assert cli.list_commands(context) == sorted(COMMANDS)


def test_listing_the_queries_imports_neither_dagster_nor_spacy() -> None:
    probe = ("import sys\nfrom click.testing import CliRunner\nfrom pipelines.cli import cli\n"
             "result = CliRunner().invoke(cli, ['queries'])\n"
             "assert result.exit_code == 0 and 'open_actions' in result.output, result.output\n"
             "print(sorted(m for m in ('dagster', 'spacy') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.fixture
def samples_home(samples_graph) -> Path:
    return samples_graph.server.paths.data_dir.parent  # the store's home folder


def invoke(home: Path, *args: str):
    result = CliRunner().invoke(cli, list(args), env={"MINUTES_GRAPH_HOME": str(home), "NEO4J_URI": ""})
    assert result.exit_code == 0, result.output + result.stderr
    return result


def test_a_terminal_table_shows_a_page_and_says_more_rows_follow(samples_home, monkeypatch) -> None:
    every = list(csv.reader(io.StringIO(invoke(samples_home, "actions", "--format", "csv").stdout), delimiter=";"))
    assert len(every) - 1 > 2  # the header, then more open actions than the page below
    monkeypatch.setattr(cli_queries, "TERMINAL_PAGE", 2)
    table = invoke(samples_home, "actions")
    assert "Visar de 2 första raderna; det finns fler (--limit 0 visar alla" in table.stderr
    assert table.stdout.rstrip().endswith("\n2 rader")
    whole = invoke(samples_home, "actions", "--limit", "0")
    assert "Visar" not in whole.stderr and whole.stdout.rstrip().endswith(f"\n{len(every) - 1} rader")


def test_every_export_has_every_row(samples_home, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cli_queries, "TERMINAL_PAGE", 2)
    exported = invoke(samples_home, "query", "open_actions", "--format", "csv")
    rows = list(csv.reader(io.StringIO(exported.stdout), delimiter=";"))
    assert len(rows) - 1 > 2 and "Visar" not in exported.stderr
    workbook = tmp_path / "öppna åtgärder.xlsx"
    invoke(samples_home, "query", "open_actions", "--format", "xlsx", "--output", str(workbook))
    assert load_workbook(workbook).active.max_row == len(rows)


def test_a_page_asked_for_says_so_only_when_rows_were_left_out(samples_home) -> None:
    rows = list(csv.reader(io.StringIO(invoke(samples_home, "query", "open_actions", "--format", "csv").stdout),
                           delimiter=";"))
    count = len(rows) - 1
    short = invoke(samples_home, "query", "open_actions", "--param", f"limit={count - 1}", "--format", "csv")
    assert "det finns fler (--param limit=0 visar alla" in short.stderr
    assert len(short.stdout.strip().splitlines()) == count  # the header and count - 1 rows
    exact = invoke(samples_home, "query", "open_actions", "--param", f"limit={count}", "--format", "csv")
    assert "Visar" not in exact.stderr and exact.stdout == invoke(
        samples_home, "query", "open_actions", "--format", "csv").stdout


def test_the_review_queue_is_paged_in_a_terminal_and_numbered_over_all(samples_home, monkeypatch) -> None:
    queue = ("review", "--meetings", "1", "--below", "1")  # a long queue: every record below certainty

    def items(*args: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO(invoke(samples_home, *queue, *args, "--format", "csv").stdout),
                                   delimiter=";"))

    every = items()
    assert len(every) > 2 and [row["number"] for row in every] == [str(n) for n in range(1, len(every) + 1)]
    monkeypatch.setattr(cli_queries, "TERMINAL_PAGE", 2)
    table = invoke(samples_home, *queue)
    assert table.stdout.rstrip().endswith("\n2 rader") and "det finns fler (--limit 0 visar alla" in table.stderr
    assert items("--limit", "2") == every[:2]
