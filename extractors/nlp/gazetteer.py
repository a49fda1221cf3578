"""Gazetteers shipped as data: organisations (spaCy EntityRuler JSONL), roles, first names."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class OrgMatch:
    text: str  # as written
    canonical: str  # the pattern's id
    kind: str  # "municipality" or "organisation"
    start: int  # character offsets in the matched text
    end: int
    bare_town: bool = False  # "Lund" rather than "Lunds kommun": a place as often as an organisation


def _jsonl(name: str) -> list[dict]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def first_names() -> frozenset[str]:
    names: set[str] = set()
    for line in (DATA_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(line.split())
    return frozenset(names)


@cache
def role_titles() -> tuple[str, ...]:
    return tuple(row["pattern"] for row in _jsonl("roles.jsonl"))


@cache
def nlp() -> Language:
    """Blank Swedish pipeline with an entity ruler over the organisation gazetteer."""
    pipeline = spacy.blank("sv")
    ruler = pipeline.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns = _jsonl("organisations.jsonl")
    ruler.add_patterns([{"label": row["label"], "pattern": row["pattern"], "id": row["id"]} for row in patterns])
    return pipeline


@cache
def _kinds() -> dict[str, str]:
    return {row["pattern"]: row.get("kind", "organisation") for row in _jsonl("organisations.jsonl")}


def find_organisations(text: str) -> list[OrgMatch]:
    doc = nlp()(text)
    kinds = _kinds()
    return [
        OrgMatch(ent.text, ent.ent_id_ or ent.text, kinds.get(ent.text, "organisation"), ent.start_char, ent.end_char,
                 ent.label_ == "MUNICIPALITY")
        for ent in doc.ents
    ]


def canonical_organisation(text: str) -> str | None:
    """The gazetteer id of an organisation written exactly as ``text``, if known."""
    for match in find_organisations(text):
        if match.start == 0 and match.end == len(text):
            return match.canonical
    return None
