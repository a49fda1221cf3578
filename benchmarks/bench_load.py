"""Graph load rate into the embedded store (run on demand, never as a test).

    .venv/bin/python -m benchmarks.bench_load [--documents 1000] [--people 2000]

Builds synthetic GraphBatches shaped like real minutes (one meeting, agenda items, decisions,
actions, shared people and organisations) totalling ~100,000 distinct nodes and ~200,000 relationships
for 1,000 documents, loads them with graph.load.sync into a fresh FalkorDB under a temporary
home, and prints nodes + relationships per second, and the time of an unchanged re-sync.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from graph.load import sync
from graph.model import GraphBatch, Label, NodeRow, RelRow, RelType
from graph.stores.falkordb import FalkorDBStore


def synthetic_batch(number: int, people: int, rng: random.Random) -> GraphBatch:
    doc = f"doc-{number:06d}"
    meeting = f"meeting-{doc}"
    day = f"{2015 + number % 10}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    nodes = [NodeRow(Label.DOCUMENT, doc, {"doc": doc, "name": f"{doc}.docx", "date": day}),
             NodeRow(Label.MEETING, meeting, {"doc": doc, "date": day, "forum": f"Forum {number % 10}"})]
    rels = [RelRow(RelType.SOURCE, Label.MEETING, meeting, Label.DOCUMENT, doc, {"doc": doc})]
    attendees = rng.sample(range(people), 7)
    for person in attendees:
        key = f"person-{person}"
        nodes.append(NodeRow(Label.PERSON, key, {"name": f"Person {person}", "aliases": []}))
        org = f"org-{person % 40}"
        nodes.append(NodeRow(Label.ORGANISATION, org, {"name": f"Organisation {person % 40}"}))
        rels += [RelRow(RelType.ATTENDED, Label.PERSON, key, Label.MEETING, meeting, {"doc": doc, "status": "present"}),
                 RelRow(RelType.REPRESENTS, Label.PERSON, key, Label.ORGANISATION, org, {"doc": doc, "date": day}),
                 RelRow(RelType.MENTIONED_IN, Label.PERSON, key, Label.DOCUMENT, doc, {"doc": doc, "quote": "…"})]
    for item in range(18):
        item_key = f"item-{doc}-{item}"
        nodes.append(NodeRow(Label.AGENDA_ITEM, item_key, {"doc": doc, "number": str(item), "title": "Punkt"}))
        rels.append(RelRow(RelType.HAS_ITEM, Label.MEETING, meeting, Label.AGENDA_ITEM, item_key, {"doc": doc}))
    for action in range(80):
        key = f"action-{doc}-{action}"
        owner = f"person-{attendees[action % len(attendees)]}"
        nodes.append(NodeRow(Label.ACTION, key, {"doc": doc, "text": "Åtgärd " * 8, "due": day, "status": "open",
                                                 "raised": day}))
        rels += [RelRow(RelType.RAISED_IN, Label.ACTION, key, Label.MEETING, meeting, {"doc": doc}),
                 RelRow(RelType.OWNS, Label.PERSON, owner, Label.ACTION, key, {"doc": doc})]
    return GraphBatch(doc, tuple(nodes), tuple(rels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--people", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(1)
    batches = [synthetic_batch(n, args.people, rng) for n in range(args.documents)]
    nodes = sum(len(b.nodes) for b in batches)
    rels = sum(len(b.rels) for b in batches)
    with tempfile.TemporaryDirectory(prefix="mg-bench-") as home:
        store = FalkorDBStore(Path(home))
        try:
            start = time.perf_counter()
            sync(store, batches)
            seconds = time.perf_counter() - start
            counts = store.counts()
            start = time.perf_counter()
            again = sync(store, batches)
            unchanged_seconds = time.perf_counter() - start
            changed = synthetic_batch(0, args.people, random.Random(2))  # document 0, new content
            start = time.perf_counter()
            sync(store, [changed, *batches[1:]])
            changed_seconds = time.perf_counter() - start
        finally:
            store.server.stop()
    distinct_nodes = sum(v for k, v in counts.items() if k in {label.value for label in Label})
    distinct_rels = sum(v for k, v in counts.items() if k in {rel.value for rel in RelType})
    print("| documents | rows sent (nodes + rels) | distinct nodes | relationships | seconds | rows/s |"
          " unchanged re-sync | one changed document |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.documents} | {nodes:,} + {rels:,} | {distinct_nodes:,} | {distinct_rels:,} | {seconds:.1f} |"
          f" {(nodes + rels) / seconds:,.0f} | {unchanged_seconds:.2f} s ({len(again.unchanged)} unchanged) |"
          f" {changed_seconds:.2f} s |")


if __name__ == "__main__":
    main()
