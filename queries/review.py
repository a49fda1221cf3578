"""The review queue: what in the graph most needs a human look, numbered, with the command that fixes it.

Four kinds, in this order: records the extractor was unsure of (low confidence), owners named by first
name only when several people share it, pairs of people who may be one (near-miss merges), and open
actions no meeting of their forum reported on for N meetings (status unknown). Anything a correction
already touched is left out, so the queue shrinks as officials work through it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from graph.keys import fold
from graph.resolve import similar_names
from graph.statements import statement
from graph.stores.base import GraphStore, rows_as_dicts
from queries.catalog import QueryResult, QuerySpec, run_query

LOW_CONFIDENCE = 0.7
STALE_MEETINGS = 2
KIND_ORDER = ("low-confidence", "ambiguous-owner", "near-miss", "unknown-status")
COLUMNS = ("number", "kind", "what", "reason", "suggestion", "key")
SPEC = QuerySpec("review", "Review queue | Granskningskö", "What most needs a human look, numbered.",
                 "Det som mest behöver granskas, numrerat.", (), COLUMNS, "", Path("review"))


@dataclass(frozen=True)
class ReviewItem:
    number: int
    kind: str
    what: str
    reason: str
    suggestion: str  # the `minutes-graph correct ...` command that would settle it
    keys: tuple[str, ...]  # what it is about: an action or decision key, or two person keys


def review_queue(store: GraphStore, *, below: float = LOW_CONFIDENCE, meetings: int = STALE_MEETINGS
                 ) -> list[ReviewItem]:
    records = rows_as_dicts(*store.read(statement("review_records")))
    people = rows_as_dicts(*store.read(statement("review_people")))
    stale = run_query(store, "stale_actions", {"meetings": meetings})
    found = [*_low_confidence(records, below), *_ambiguous_owners(records, people), *_near_misses(people),
             *_unknown_status(stale, meetings)]
    found.sort(key=lambda item: (KIND_ORDER.index(item[0]), item[4]))
    return [ReviewItem(number, *item) for number, item in enumerate(found, start=1)]


def _low_confidence(records: list[dict], below: float) -> Iterable[tuple]:
    for record in records:
        if record["confidence"] is not None and record["confidence"] < below:
            kind = "decision" if record["key"].startswith("decision-") else "action"
            yield ("low-confidence", record["text"], (f"{kind} extracted with confidence {record['confidence']:.2f} "
                                                     f"({record['document']})"), f"minutes-graph correct reject {record['key']}", (record["key"],))


def _ambiguous_owners(records: list[dict], people: list[dict]) -> Iterable[tuple]:
    """An owner the text names by first name only, when the graph knows several people by it."""
    by_given: dict[str, list[str]] = {}
    for person in people:
        by_given.setdefault(fold(person["name"]).split()[0], []).append(person["name"])
    for record in records:
        if not record["owner"]:
            continue
        given = fold(record["owner"]).split()[0]
        text = fold(record["text"])
        namesakes = by_given.get(given, [])
        if len(namesakes) > 1 and fold(record["owner"]) not in text and re.search(rf"\b{re.escape(given)}\b", text):
            yield ("ambiguous-owner", record["text"],
                   f"'{given.title()}' may be {' or '.join(sorted(namesakes))}; taken as {record['owner']}",
                   f'minutes-graph correct set-owner {record["key"]} "FULL NAME"', (record["key"],))


def _near_misses(people: list[dict]) -> Iterable[tuple]:
    """Pairs sharing a given name or a surname whose names differ a little more than resolution
    accepts (a new surname added, a longer misspelling), never both confirmed already."""
    blocks: dict[str, list[dict]] = {}
    for person in people:
        tokens = fold(person["name"]).split()
        if len(tokens) >= 2:
            blocks.setdefault("g:" + tokens[0], []).append(person)
            blocks.setdefault("s:" + tokens[-1], []).append(person)
    seen: set[tuple[str, str]] = set()
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                pair = tuple(sorted((a["key"], b["key"])))
                if pair in seen or a["correction"] or b["correction"]:
                    continue
                seen.add(pair)
                reason = _near_miss_reason(a["name"], b["name"])
                if reason:
                    yield ("near-miss", f"{a['name']} / {b['name']}", reason,
                           f"minutes-graph correct merge-people {pair[0]} {pair[1]}", pair)


def _near_miss_reason(a: str, b: str) -> str | None:
    ta, tb = fold(a).split(), fold(b).split()
    if similar_names(a, b):
        return None  # resolution would have joined them: they were kept apart on purpose (same document)
    shorter, longer = sorted((ta, tb), key=len)
    if set(shorter) < set(longer) and shorter[0] == longer[0]:
        return "one name contains the other (a surname added or dropped?)"
    if ta[0] == tb[0] and Levenshtein.distance(ta[-1], tb[-1]) <= 3:
        return "same given name, surnames a few letters apart"
    if ta[-1] == tb[-1] and Levenshtein.distance(ta[0], tb[0]) <= 2:
        return "same surname, given names a few letters apart"
    return None


def _unknown_status(stale: QueryResult, meetings: int) -> Iterable[tuple]:
    for row in stale.rows:
        values = dict(zip(stale.columns, row, strict=True))
        yield ("unknown-status", values["action"],
               (f"open, not mentioned in {values['meetings_since']} meeting(s) of {values['forum']} "
                f"since {values['last_mentioned']} (owner {values['owner'] or 'none'})"),
               f"minutes-graph correct close-action {values['key']}", (values["key"],))


def as_result(items: list[ReviewItem]) -> QueryResult:
    """The queue as a query result, so every output format of queries/render.py applies."""
    return QueryResult(SPEC, COLUMNS, tuple((i.number, i.kind, i.what, i.reason, i.suggestion, " ".join(i.keys))
                                            for i in items))
