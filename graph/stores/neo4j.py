"""Neo4j 5 through the official driver: constraints first, one transaction per document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired, TransientError

from graph.errors import GraphStoreError, ReadOnlyViolation, TransientStoreError
from graph.model import DERIVE_PENDING, DERIVE_PENDING_LABELS, DOCUMENT_SCOPED, GraphBatch, Label, RelType
from graph.statements import orphan_statements, statement
from graph.stores.base import GraphStore
from graph.stores.load_plan import forget_statements, replace_statements

_TRANSIENT = (ServiceUnavailable, SessionExpired, TransientError, OSError)


def schema_statements() -> list[str]:
    """Uniqueness of every key, an index on the document of document-scoped nodes and on the flags of
    what is still to be derived."""
    statements = [
        f"CREATE CONSTRAINT {label.value.lower()}_key IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.key IS UNIQUE"
        for label in Label
    ]
    statements += [
        f"CREATE INDEX {label.value.lower()}_doc IF NOT EXISTS FOR (n:{label.value}) ON (n.doc)"
        for label in sorted(DOCUMENT_SCOPED)
    ]
    statements += [
        f"CREATE INDEX {label.value.lower()}_{DERIVE_PENDING} IF NOT EXISTS FOR (n:{label.value}) "
        f"ON (n.{DERIVE_PENDING})" for label in DERIVE_PENDING_LABELS
    ]
    return statements


class Neo4jStore(GraphStore):
    name = "neo4j"

    def __init__(self, uri: str, user: str, password: str | None, driver: neo4j.Driver | None = None,
                 database: str | None = None):
        self.database = database
        try:
            self.driver = driver or neo4j.GraphDatabase.driver(uri, auth=(user, password or ""))
        except ValueError as err:
            raise GraphStoreError(f"NEO4J_URI {uri!r} is not a valid Neo4j address: {err}") from err

    def _session(self, access: str = neo4j.WRITE_ACCESS):
        return self.driver.session(database=self.database, default_access_mode=access)

    def ensure_schema(self) -> None:
        with self._guard(), self._session() as session:
            for cypher in schema_statements():
                session.run(cypher).consume()

    def replace_document(self, batch: GraphBatch, *, loaded_before: bool = True) -> None:
        self._write_all(replace_statements(batch, loaded_before=loaded_before))

    def forget_document(self, document_key: str) -> None:
        self._write_all(forget_statements(document_key))

    def delete_orphans(self) -> None:
        self._write_all([(cypher, {}) for cypher in orphan_statements()])

    def _write_all(self, commands: list[tuple[str, dict[str, Any]]]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for cypher, params in commands:
                tx.run(cypher, params).consume()

        with self._guard(), self._session() as session:
            session.execute_write(work)

    def read(self, cypher: str, params: Mapping[str, Any] | None = None):
        def work(tx: neo4j.ManagedTransaction):
            result = tx.run(cypher, dict(params or {}))
            return list(result.keys()), [[_plain(v) for v in record.values()] for record in result]

        with self._guard(), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> None:
        with self._guard(), self._session() as session:
            session.execute_write(lambda tx: tx.run(cypher, dict(params or {})).consume())

    def loaded_fingerprints(self) -> dict[str, str]:
        _, rows = self.read(statement("loaded_fingerprints"))
        return {key: fingerprint for key, fingerprint in rows if fingerprint}

    def counts(self) -> dict[str, int]:
        counts = {}
        for label in Label:
            counts[label.value] = self.read(f"MATCH (n:{label.value}) RETURN count(n)")[1][0][0]
        for rel_type in RelType:
            counts[rel_type.value] = self.read(f"MATCH ()-[r:{rel_type.value}]->() RETURN count(r)")[1][0][0]
        return counts

    def close(self) -> None:
        self.driver.close()

    def _guard(self):
        return _ErrorTranslation()


class _ErrorTranslation:
    """Driver exceptions -> the project's typed errors, with messages for users."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None:
            return False
        if isinstance(error, _TRANSIENT):
            raise TransientStoreError(f"Neo4j is unreachable or busy: {error}") from error
        if isinstance(error, ClientError) and "write" in str(error).lower() and "read" in str(error).lower():
            raise ReadOnlyViolation("this query would change the graph; only read queries are allowed here") \
                from error
        if isinstance(error, neo4j.exceptions.Neo4jError):
            raise GraphStoreError(f"Neo4j refused the statement: {error}") from error
        return False


def _plain(value: Any) -> Any:
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    if isinstance(value, neo4j.time.DateTime):
        return value.to_native()
    return value
