"""Graph stores: the embedded FalkorDB (default) or Neo4j 5 when NEO4J_URI is set."""

from __future__ import annotations

from graph.stores.base import GraphStore
from graph.stores.settings import StoreSettings


def open_store(settings: StoreSettings) -> GraphStore:
    if settings.uses_neo4j:
        from graph.stores.neo4j import Neo4jStore

        return Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password)
    from graph.stores.falkordb import FalkorDBStore

    return FalkorDBStore(settings.home)


__all__ = ["GraphStore", "StoreSettings", "open_store"]
