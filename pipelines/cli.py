"""The ``minutes-graph`` command: a thin layer over the library and the Dagster assets."""

from __future__ import annotations

import gc
import importlib
import sys
from types import ModuleType

import click

from extractors.errors import MinutesGraphError

# Each command's module is imported when the command runs: `minutes-graph actions` needs neither
# Dagster nor spaCy, which take most of a second each to import.
COMMANDS = {
    "ingest": "pipelines.cli_ingest:ingest_command",
    "status": "pipelines.cli_ingest:status_command",
    "actions": "pipelines.cli_queries:actions_command",
    "query": "pipelines.cli_queries:query_command",
    "queries": "pipelines.cli_queries:queries_command",
    "extract": "pipelines.cli_extract:extract_command",
    "evaluate": "pipelines.cli_extract:evaluate_command",
    "db": "pipelines.cli_db:db_group",
    "forget-document": "pipelines.cli_db:forget_document_command",
    "export-person": "pipelines.cli_privacy:export_person_command",
    "forget-person": "pipelines.cli_privacy:forget_person_command",
    "backup": "pipelines.cli_privacy:backup_command",
    "restore": "pipelines.cli_privacy:restore_command",
    "review": "pipelines.cli_corrections:review_command",
    "correct": "pipelines.cli_corrections:correct_group",
    "corrections": "pipelines.cli_corrections:corrections_command",
}


class LazyGroup(click.Group):
    """Click's lazily loading group (click documentation, "Lazily Loading Subcommands")."""

    def __init__(self, *args, lazy_commands: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.lazy_commands:
            return super().get_command(ctx, name)
        module, attribute = self.lazy_commands[name].split(":")
        return getattr(_import_without_collections(module), attribute)


def _import_without_collections(name: str) -> ModuleType:
    """Importing Dagster, spaCy and the rest makes hundreds of thousands of objects that live as
    long as the process; Python's collections while they are made walk them all again and again
    (about 0.9 s of the 4.7 s it takes to import the ingest). Frozen afterwards, later collections
    skip them too."""
    gc.disable()
    try:
        return importlib.import_module(name)
    finally:
        gc.freeze()
        gc.enable()


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutes-graph")
def cli() -> None:
    """Minutes, decisions and action items of collaboration forums as a graph."""


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
