"""Gazetteers shipped as data: organisations (spaCy EntityRuler JSONL), national agencies, roles, first names."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
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


_WORDS = re.compile(r"[\w-]+(?:\.[\w-]+)*")


@cache
def _agencies() -> tuple[dict[str, tuple[tuple[frozenset[str], str], ...]], dict[str, str]]:
    """National agencies, regions and universities (``data/agencies.jsonl``), matched outside the entity
    ruler, which counts all its patterns on every call and would grow slower with each added name.
    Indexed by each name's first word."""
    rows = _jsonl("agencies.jsonl")
    index: dict[str, list[tuple[frozenset[str], str]]] = {}
    for row in rows:
        words = _WORDS.findall(row["pattern"])
        index.setdefault(words[0], []).append((frozenset(words), row["pattern"]))
    return {k: tuple(v) for k, v in index.items()}, {row["pattern"]: row["id"] for row in rows}


@lru_cache(maxsize=512)
def _pattern_for(names: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


def _agency_matches(text: str) -> list[re.Match[str]]:
    """Only names whose every word occurs in the text are looked for: most paragraphs name none."""
    index, _ = _agencies()
    words = set(_WORDS.findall(text))
    present = frozenset(name for word in words & index.keys() for needed, name in index[word] if needed <= words)
    return list(_pattern_for(present).finditer(text)) if present else []


def find_organisations(text: str) -> list[OrgMatch]:
    doc = nlp()(text)
    kinds = _kinds()
    found = [
        OrgMatch(ent.text, ent.ent_id_ or ent.text, kinds.get(ent.text, "organisation"), ent.start_char, ent.end_char,
                 ent.label_ == "MUNICIPALITY")
        for ent in doc.ents
    ]
    _, canonical = _agencies()
    for match in _agency_matches(text):
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
