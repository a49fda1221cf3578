"""Sentence splitting for Swedish prose blocks (spaCy's rule-based sentencizer)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language


@cache
def _sentencizer() -> Language:
    pipeline = spacy.blank("sv")
    pipeline.add_pipe("sentencizer")
    return pipeline


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in _sentencizer()(text).sents if s.text.strip()]
