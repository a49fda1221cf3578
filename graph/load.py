"""Bring the graph in line with the current batches: reload what changed, forget what vanished."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from graph.errors import GraphStoreError, TransientStoreError
from graph.model import GraphBatch
from graph.statements import statement
from graph.stores.base import GraphStore
from graph.stores.load_plan import mark_statement

RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)
MARK_CHUNK = 100  # documents whose actions one statement marks
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadReport:
    loaded: tuple[str, ...]
    unchanged: tuple[str, ...]
    forgotten: tuple[str, ...]
    nodes_written: int
    relationships_written: int


def sync(store: GraphStore, batches: Sequence[GraphBatch], *, forget_missing: bool = False,
         progress: Callable[[GraphBatch], None] | None = None) -> LoadReport:
    """Replace each document whose batch fingerprint differs from the loaded one (one transaction
    each), optionally forget documents that are no longer in ``batches``, then drop orphans."""
    by_key = {batch.document_key: batch for batch in batches}
    return sync_fingerprints(store, {key: batch.fingerprint() for key, batch in by_key.items()}, by_key.__getitem__,
                             forget_missing=forget_missing, progress=progress)


def sync_fingerprints(store: GraphStore, expected: Mapping[str, str], batch_of: Callable[[str], GraphBatch], *,
                      forget_missing: bool = False,
                      progress: Callable[[GraphBatch], None] | None = None) -> LoadReport:
    """As ``sync``, from each document's expected fingerprint: ``batch_of`` is asked only for the
    documents the graph does not hold as expected (new, changed, or lost from the graph)."""
    with_retry(store.ensure_schema, store=store)
    loaded_before = with_retry(store.loaded_fingerprints, store=store)
    loaded, unchanged = [], []
    nodes = relationships = 0
    for key, fingerprint in expected.items():
        if loaded_before.get(key) == fingerprint:
            unchanged.append(key)
            continue
        batch = batch_of(key)
        known = key in loaded_before
        with_retry(lambda b=batch, k=known: store.replace_document(b, loaded_before=k), store=store)
        loaded.append(key)
        nodes += len(batch.nodes)
        relationships += len(batch.rels)
        if progress:
            progress(batch)
    forgotten = []
    if forget_missing:
        for key in sorted(set(loaded_before) - set(expected)):
            with_retry(lambda k=key: store.forget_document(k), store=store)
            forgotten.append(key)
    derive_action_status(store, in_graph=len((set(loaded_before) | set(loaded)) - set(forgotten)))
    if loaded or forgotten:
        with_retry(store.delete_orphans, store=store)
        with_retry(store.compact, store=store)  # a restart then loads a snapshot, not every statement again
    return LoadReport(tuple(loaded), tuple(unchanged), tuple(forgotten), nodes, relationships)


def derive_action_status(store: GraphStore, in_graph: int) -> None:
    """Status, last report and owner's organisations of the actions the loaded documents touch.
    Runs after every sync, so one that an interruption left half done is finished by the next: the
    loads flagged their documents, a forgotten document marked its actions before it went.
    ``in_graph``: the number of documents the graph holds now."""
    _, rows = with_retry(lambda: store.read(statement("pending_documents")), store=store)
    pending = [key for (key,) in rows]
    everything_new = bool(pending) and len(pending) == in_graph
    if everything_new:  # a first load: every action is to be derived, no need to ask which
        with_retry(lambda: store.write(statement("mark_all_actions_to_derive")), store=store)
    for start in range(0, len(pending), MARK_CHUNK):
        chunk = pending[start:start + MARK_CHUNK]
        if not everything_new:
            with_retry(lambda c=chunk: store.write(*mark_statement(c)), store=store)
        with_retry(lambda c=chunk: store.write(statement("documents_derived"), {"docs": c}), store=store)
    with_retry(lambda: store.write(statement("derive_action_status")), store=store)


def with_retry(operation, delays: Sequence[float] = RETRY_DELAYS, store: GraphStore | None = None):
    """Retry transient store failures with growing pauses, letting the store recover in between
    (the embedded server is restarted); the last failure propagates."""
    for delay in delays:
        try:
            return operation()
        except TransientStoreError as err:
            log.warning("graph store unavailable (%s); retrying in %.1f s", err, delay)
            time.sleep(delay)
            if store is not None:
                try:
                    store.recover()
                except GraphStoreError as recover_error:
                    log.warning("graph store did not recover yet: %s", recover_error)
    return operation()
