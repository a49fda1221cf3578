"""The command line loads each command's module only when that command runs."""

from __future__ import annotations

import subprocess
import sys

import click

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
