"""The ``minutes-graph`` command: a thin layer over the library and the Dagster assets."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutes-graph")
def cli() -> None:
    """Minutes, decisions and action items of collaboration forums as a graph."""


def main() -> None:
    cli()


from pipelines.cli_extract import evaluate_command, extract_command  # noqa: E402

cli.add_command(extract_command)
cli.add_command(evaluate_command)
