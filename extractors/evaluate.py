"""Scoring extraction against gold files with the matching rules of SCHEMA.md."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"\w+")
CATEGORIES = ("people", "organisations", "projects", "decisions", "actions", "actions_owner", "follow_ups")


@dataclass
class Tally:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    due_correct: int = 0
    due_total: int = 0
    date_correct: int = 0
    documents: int = 0

    @property
    def due_accuracy(self) -> float:
        return self.due_correct / self.due_total if self.due_total else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.documents if self.documents else 1.0

    def as_rows(self) -> list[tuple[str, float, float, float]]:
        return [(name, t.precision, t.recall, t.f1) for name, t in self.tallies.items()]


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold files by document stem (one gold serves the .docx, .pdf and .txt of a stem)."""
    return {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(gold_dir.glob("*.gold.json"))}


def score(predicted: Sequence[dict[str, Any]], gold: dict[str, dict[str, Any]], scores: Scores | None = None,
          ) -> Scores:
    scores = scores or Scores()
    for document in predicted:
        stem = Path(document["document"]).stem
        if stem in gold:
            _score_document(document, gold[stem], scores)
    return scores


def _score_document(pred: dict[str, Any], gold: dict[str, Any], scores: Scores) -> None:
    scores.documents += 1
    scores.date_correct += pred["meeting"]["date"] == gold["meeting"]["date"]
    _score_people(pred["people"], gold["people"], scores.tallies["people"])
    _score_names(pred["organisations"], gold["organisations"], scores.tallies["organisations"])
    _score_names(pred["projects"], gold["projects"], scores.tallies["projects"])
    _score_texts([d["text"] for d in pred["decisions"]], [d["text"] for d in gold["decisions"]],
                 scores.tallies["decisions"])
    _score_actions(pred["actions"], gold["actions"], scores)
    _score_texts([f["action"] for f in pred["follow_ups"]], [f["action"] for f in gold["follow_ups"]],
                 scores.tallies["follow_ups"])


def _score_people(pred, gold, tally: Tally) -> None:
    tally.predicted += len(pred)
    tally.gold += len(gold)
    unmatched = list(gold)
    for person in pred:
        forms = {person["name"].casefold(), *(a.casefold() for a in person.get("aliases", []))}
        match = next((g for g in unmatched if forms & {g["name"].casefold(), *(a.casefold() for a in g["aliases"])}),
                     None)
        if match is not None:
            unmatched.remove(match)
            tally.true_positives += 1


def _score_names(pred: list[str], gold: list[str], tally: Tally) -> None:
    pred_set = {p.casefold() for p in pred}
    gold_set = {g.casefold() for g in gold}
    tally.predicted += len(pred_set)
    tally.gold += len(gold_set)
    tally.true_positives += len(pred_set & gold_set)


def _score_texts(pred: list[str], gold: list[str], tally: Tally) -> None:
    tally.predicted += len(pred)
    tally.gold += len(gold)
    unmatched = list(gold)
    for text in pred:
        match = max(unmatched, key=lambda g: jaccard(text, g), default=None)
        if match is not None and jaccard(text, match) >= 0.5:
            unmatched.remove(match)
            tally.true_positives += 1


def _score_actions(pred, gold, scores: Scores) -> None:
    plain, owned = scores.tallies["actions"], scores.tallies["actions_owner"]
    for tally in (plain, owned):
        tally.predicted += len(pred)
        tally.gold += len(gold)
    unmatched = list(gold)
    for action in pred:
        match = max(unmatched, key=lambda g: jaccard(action["text"], g["text"]), default=None)
        if match is None or jaccard(action["text"], match["text"]) < 0.5:
            continue
        unmatched.remove(match)
        plain.true_positives += 1
        same_owner = (action["owner"] or "").casefold() == (match["owner"] or "").casefold()
        owned.true_positives += same_owner
        scores.due_total += 1
        scores.due_correct += action["due"] == match["due"]


def format_table(scores: Scores, title: str) -> str:
    lines = [f"### {title}", "", "| category | precision | recall | F1 |", "|---|---|---|---|"]
    for name, precision, recall, f1 in scores.as_rows():
        lines.append(f"| {name} | {precision:.2f} | {recall:.2f} | {f1:.2f} |")
    lines.append(f"| due date accuracy (matched actions) | | | {scores.due_accuracy:.2f} |")
    lines.append(f"| meeting date accuracy | | | {scores.date_accuracy:.2f} |")
    return "\n".join(lines)
