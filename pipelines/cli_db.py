"""`minutes-graph db start|stop|status` for the embedded graph server, and `forget-document`."""

from __future__ import annotations

import click

from graph.stores import StoreSettings, open_store
from graph.stores.falkordb import EmbeddedServer


@click.group("db")
def db_group() -> None:
    """The embedded graph database (FalkorDB) under MINUTES_GRAPH_HOME."""


@db_group.command("start")
def db_start() -> None:
    server = EmbeddedServer(StoreSettings.from_env().home)
    server.start()
    click.echo(f"graph server running on {server.paths.socket} (pid {server.pid()})")


@db_group.command("stop")
def db_stop() -> None:
    server = EmbeddedServer(StoreSettings.from_env().home)
    click.echo("graph server stopped" if server.stop() else "no graph server was running")


@db_group.command("status")
def db_status() -> None:
    settings = StoreSettings.from_env()
    if settings.uses_neo4j:
        click.echo(f"using Neo4j at {settings.neo4j_uri}")
    server = EmbeddedServer(settings.home)
    if not server.is_running():
        click.echo(f"embedded graph server: not running (data in {server.paths.data_dir})")
        return
    click.echo(f"embedded graph server: running, pid {server.pid()}, socket {server.paths.socket}, "
               f"data in {server.paths.data_dir}")
    with open_store(settings) as store:
        counts = store.counts()
    click.echo(", ".join(f"{name} {count}" for name, count in counts.items() if count))


@click.command("forget-document")
@click.argument("name_or_key")
def forget_document_command(name_or_key: str) -> None:
    """Remove every fact of one document (by file name or document key) from the graph."""
    with open_store(StoreSettings.from_env()) as store:
        _, rows = store.read("MATCH (d:Document) WHERE d.key = $value OR d.name = $value RETURN d.key",
                             {"value": name_or_key})
        if not rows:
            raise click.ClickException(f"no document named {name_or_key!r} in the graph")
        for (key,) in rows:
            store.forget_document(key)
        store.delete_orphans()
    click.echo(f"forgot {len(rows)} document(s)")
