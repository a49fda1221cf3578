"""Sentence splitting for Swedish prose blocks (spaCy's rule-based sentencizer)."""

from __future__ import annotations

from functools import lru_cache

from spacy.pipeline import Sentencizer

from extractors.nlp.gazetteer import nlp

# The gazetteer's pipeline tokenizes (make_doc runs no components): a second blank Swedish pipeline
# would cost every process 0.2 s to build its tokenizer.
_SPLITTER = Sentencizer()


# Actions, decisions and status reports each split the same blocks: split each text once.
@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    return tuple(s.text.strip() for s in _SPLITTER(nlp().make_doc(text)).sents if s.text.strip())
