"""How well resolution decides "same person": pairwise precision and recall against a corpus gold
(`gold_corpus.json`: canonical people with their aliases and the documents they appear in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from extractors.records import DocumentRecords
from graph.resolve import Resolution


@dataclass(frozen=True)
class PairwiseScore:
    sightings: int  # extracted (document, name) pairs the gold knows
    true_pairs: int
    predicted_pairs: int
    agreed: int

    @property
    def precision(self) -> float:
        return self.agreed / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.agreed / self.true_pairs if self.true_pairs else 1.0

    def as_markdown(self, title: str) -> str:
        return (f"### {title}\n\n| same-person decisions | precision | recall | pairs (gold / predicted) |\n"
                f"|---|---|---|---|\n| {self.sightings} sightings | {self.precision:.2f} | {self.recall:.2f} | "
                f"{self.true_pairs} / {self.predicted_pairs} |")


def score_people(records: Sequence[DocumentRecords], resolution: Resolution,
                 gold_corpus: dict[str, Any]) -> PairwiseScore:
    """Every two sightings of people the gold knows: same person in the gold, same node in ours?"""
    gold_id: dict[tuple[str, str], str] = {}
    for person in gold_corpus["people"]:
        forms = {person["name"], *person["aliases"]}
        for entry in person["history"]:
            gold_id[(entry["document"], person["name"])] = person["name"]
            for form in forms:
                gold_id.setdefault((entry["document"], form), person["name"])
    key_of = {r.document.name: r.document.key for r in records}
    sightings = [(r.document.name, p.name) for r in records for p in r.people if (r.document.name, p.name) in gold_id]
    true_pairs = predicted_pairs = agreed = 0
    for a, b in combinations(sightings, 2):
        same_gold = gold_id[a] == gold_id[b]
        same_ours = resolution.person(key_of[a[0]], a[1]) == resolution.person(key_of[b[0]], b[1])
        true_pairs += same_gold
        predicted_pairs += same_ours
        agreed += same_gold and same_ours
    return PairwiseScore(len(sightings), true_pairs, predicted_pairs, agreed)
