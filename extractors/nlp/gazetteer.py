"""Gazetteers shipped as data: organisations (spaCy EntityRuler JSONL), national agencies, roles, first names."""

from __future__ import annotations

import json
import re
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


@cache
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """National agencies, regions and universities (``data/agencies.jsonl``): one pattern, because the
    entity ruler counts all its patterns on every call and would grow slower with each added name."""
    rows = _jsonl("agencies.jsonl")
    names = sorted((row["pattern"] for row in rows), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, {row["pattern"]: row["id"] for row in rows}


def find_organisations(text: str) -> list[OrgMatch]:
    doc = nlp()(text)
    kinds = _kinds()
    found = [
        OrgMatch(ent.text, ent.ent_id_ or ent.text, kinds.get(ent.text, "organisation"), ent.start_char, ent.end_char,
                 ent.label_ == "MUNICIPALITY")
        for ent in doc.ents
    ]
    pattern, canonical = _agencies()
    for match in pattern.finditer(text):
        if not any(f.start < match.end() and match.start() < f.end for f in found):
            found.append(OrgMatch(match.group(0), canonical[match.group(0)], "agency", match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


@cache
def _canonical_names() -> dict[str, str]:
    rows = _jsonl("organisations.jsonl") + _jsonl("agencies.jsonl")
    return {row["pattern"]: row["id"] for row in rows}


def canonical_of(text: str) -> str | None:
    """The gazetteer id of a name written exactly as one of its patterns (a lookup, no pipeline run)."""
    return _canonical_names().get(text)


def canonical_organisation(text: str) -> str | None:
    """The gazetteer id of an organisation written exactly as ``text``, if known."""
    for match in find_organisations(text):
        if match.start == 0 and match.end == len(text):
            return match.canonical
    return None
