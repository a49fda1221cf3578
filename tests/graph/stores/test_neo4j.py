"""The Neo4j adapter without a server: transactions, batching and parameters on a spec'd driver mock."""

from __future__ import annotations

from unittest.mock import MagicMock, create_autospec

import neo4j

from graph.stores.load_plan import BATCH_ROWS
from graph.stores.neo4j import Neo4jStore, schema_statements
from tests.graph.stores.behaviour import batch


def _store():
    driver = create_autospec(neo4j.Driver, instance=True)
    session = MagicMock()
    driver.session.return_value.__enter__.return_value = session
    return Neo4jStore("bolt://localhost:7687", "neo4j", "x", driver=driver), driver, session


def test_replace_runs_in_one_write_transaction_with_parameters() -> None:
    store, _, session = _store()
    store.replace_document(batch("doc-a"))
    session.execute_write.assert_called_once()
    work = session.execute_write.call_args.args[0]
    tx = MagicMock()
    work(tx)
    statements = [call.args for call in tx.run.call_args_list]
    # Actions it touches marked first, then its facts forgotten, all parameterised; its document
    # flagged for the derivation last.
    assert statements[0][1] == {"docs": ["doc-a"]} and "derive_pending" in statements[0][0]
    assert statements[1][1] == {"doc": "doc-a"}
    assert "d.derive_pending = true" in statements[-1][0]
    rows = [params["rows"] for cypher, params in statements if "UNWIND $rows" in cypher]
    assert sum(len(r) for r in rows) == len(batch("doc-a").nodes) + len(batch("doc-a").rels)
    assert all(len(r) <= BATCH_ROWS for r in rows)
    assert "'}) DETACH DELETE" not in "".join(cypher for cypher, _ in statements)  # text travels as data


def test_reads_use_read_access() -> None:
    store, driver, session = _store()
    session.execute_read.return_value = (["n"], [[1]])
    assert store.read("MATCH (n) RETURN count(n) AS n") == (["n"], [[1]])
    assert driver.session.call_args.kwargs["default_access_mode"] == neo4j.READ_ACCESS


def test_schema_has_a_unique_key_for_every_label_before_writes() -> None:
    statements = schema_statements()
    assert all("IF NOT EXISTS" in s for s in statements)
    assert any("FOR (n:Person) REQUIRE n.key IS UNIQUE" in s for s in statements)
