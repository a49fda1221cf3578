"""Sentence splitting for Swedish prose blocks (spaCy's rule-based sentencizer)."""

from __future__ import annotations

from functools import cache, lru_cache

import spacy
from spacy.language import Language


@cache
def _sentencizer() -> Language:
    pipeline = spacy.blank("sv")
    pipeline.add_pipe("sentencizer")
    return pipeline


# Actions, decisions and status reports each split the same blocks: split each text once.
@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    return tuple(s.text.strip() for s in _sentencizer()(text).sents if s.text.strip())
