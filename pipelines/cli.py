"""The ``minutes-graph`` command: a thin layer over the library and the Dagster assets."""

from __future__ import annotations

import gc
import sys

import click

from extractors.errors import MinutesGraphError
from pipelines.cli_corrections import correct_group, corrections_command, review_command
from pipelines.cli_db import db_group, forget_document_command
from pipelines.cli_extract import evaluate_command, extract_command
from pipelines.cli_ingest import ingest_command, status_command
from pipelines.cli_privacy import (
    backup_command,
    export_person_command,
    forget_person_command,
    restore_command,
)
from pipelines.cli_queries import actions_command, queries_command, query_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutes-graph")
def cli() -> None:
    """Minutes, decisions and action items of collaboration forums as a graph."""


for command in (ingest_command, status_command, actions_command, query_command, queries_command,
                extract_command, evaluate_command, db_group, forget_document_command, export_person_command,
                forget_person_command, backup_command, restore_command, review_command, correct_group,
                corrections_command):
    cli.add_command(command)


def main() -> None:
    """Project errors are one line for users; anything else is a bug and keeps its traceback."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except MinutesGraphError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    finally:
        # The process ends next. Python's collections at exit would walk every object an ingest
        # left (over a second after a 1,000-document archive) to free memory the OS takes back anyway.
        gc.freeze()
