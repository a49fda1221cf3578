"""Status reports in a later document on actions raised in earlier ones."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.records import Action, ActionStatus, DocumentRecords, FollowUp, Source

_WORD = re.compile(r"[a-zåäöé0-9]+")
_STOP = frozenset(["och", "att", "i", "på", "för", "med", "till", "av", "som", "en", "ett", "det", "den", "är", "om", "de", "vi", "har", "ska", "kan", "till", "från", "under", "nästa", "möte", "senast", "klar", "pågår"])
MATCH_THRESHOLD = 0.4


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _stems(text: str) -> set[str]:
    """Crude Swedish stemming: the first five letters ("förslaget" ~ "förslag")."""
    return {w[:5] for w in content_words(text)}


def similarity(a: str, b: str) -> float:
    """Overlap of stemmed content words relative to the shorter text; needs two shared words."""
    wa, wb = _stems(a), _stems(b)
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) if shared >= 2 else 0.0


def link_follow_ups(records: list[DocumentRecords], reports: dict[str, list[tuple[str, ActionStatus, Source]]],
                    ) -> list[DocumentRecords]:
    """``records`` in date order; ``reports`` maps a document key to its status reports.

    Each report links to the best-matching earlier action (open in the meantime) above
    the threshold; one earlier action gets at most one follow-up per later document.
    """
    linked: list[DocumentRecords] = []
    for position, current in enumerate(records):
        earlier = [(r.document.name, a) for r in records[:position] for a in r.actions]
        follow_ups: list[FollowUp] = []
        used: set[tuple[str, str]] = set()
        for text, status, source in reports.get(current.document.key, []):
            best = _best_match(text, earlier, used)
            if best is None:
                continue
            name, action, score = best
            used.add((name, action.text))
            follow_ups.append(FollowUp(action.text, name, status, source, round(min(0.95, 0.5 + score), 2)))
        linked.append(replace(current, follow_ups=tuple(follow_ups)))
    return linked


def _best_match(text: str, earlier: list[tuple[str, Action]], used: set[tuple[str, str]]):
    scored = [(similarity(text, a.text) + (0.1 if a.owner and a.owner.split()[0] in text else 0.0), name, a)
              for name, a in earlier if (name, a.text) not in used]
    if not scored:
        return None
    score, name, action = max(scored, key=lambda item: item[0])
    return (name, action, score) if score >= MATCH_THRESHOLD else None
