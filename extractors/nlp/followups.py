"""Status reports in a later document on actions raised in earlier ones."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.records import Action, ActionStatus, DocumentRecords, FollowUp, Source

_WORD = re.compile(r"[a-zåäöé0-9]+")
_STOP = frozenset(["och", "att", "i", "på", "för", "med", "till", "av", "som", "en", "ett", "det", "den", "är", "om", "de", "vi", "har", "ska", "kan", "till", "från", "under", "nästa", "möte", "senast", "klar", "pågår"])
MATCH_THRESHOLD = 0.4
MIN_SHARED = 2  # stems two texts must share before they can be the same task


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _stems(text: str) -> set[str]:
    """Crude Swedish stemming: the first five letters ("förslaget" ~ "förslag")."""
    return {w[:5] for w in content_words(text)}


def similarity(a: str, b: str) -> float:
    """Overlap of stemmed content words relative to the shorter text; needs two shared words."""
    wa, wb = _stems(a), _stems(b)
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) if shared >= MIN_SHARED else 0.0


def link_follow_ups(records: list[DocumentRecords], reports: dict[str, list[tuple[str, ActionStatus, Source]]],
                    ) -> list[DocumentRecords]:
    """``records`` in date order; ``reports`` maps a document key to its status reports.

    Each report links to the best-matching action still open at that point, above the threshold.
    An action reported done leaves the open set; a row that carries an earlier action over into a
    later list is a follow-up of that action, not a new one, so later reports link to the original.
    """
    people = {p.name for r in records for p in r.people if " " in p.name}
    linked: list[DocumentRecords] = []
    open_actions: list[tuple[str, Action]] = []
    for current in records:
        follow_ups: list[FollowUp] = []
        matched_reports: list[tuple[int, str]] = []
        used: set[tuple[str, str]] = set()
        for text, status, source in reports.get(current.document.key, []):
            candidates = [(n, a) for n, a in open_actions if not _other_owner_named(text, a, people)]
            best = _best_match(text, candidates, used)
            if best is None:
                continue
            name, action, score = best
            used.add((name, action.text))
            matched_reports.append((source.block_index, text))
            follow_ups.append(FollowUp(action.text, name, status, source, round(min(0.95, 0.5 + score), 2)))
        done = {(f.earlier_document, f.action_text) for f in follow_ups if f.status_now == ActionStatus.DONE}
        open_actions = [(n, a) for n, a in open_actions if (n, a.text) not in done]
        open_actions += [(current.document.name, a) for a in current.actions
                         if a.status != ActionStatus.DONE and not _carried_over(a, matched_reports)]
        linked.append(replace(current, follow_ups=tuple(follow_ups)))
    return linked


def _carried_over(action: Action, matched_reports: list[tuple[int, str]]) -> bool:
    """The action is the very row or sentence that reported on an earlier one."""
    return any(block == action.source.block_index and action.text in text for block, text in matched_reports)


def _other_owner_named(report: str, action: Action, people: set[str]) -> bool:
    """A report naming someone else in full (an "Ansvarig" cell, say) is not about this person's task."""
    if not action.owner or " " not in action.owner:
        return False
    named = {name for name in people if name in report}
    return bool(named) and action.owner not in named


def _best_match(text: str, earlier: list[tuple[str, Action]], used: set[tuple[str, str]]):
    scored = [(similarity(text, a.text) + (0.1 if a.owner and a.owner.split()[0] in text else 0.0), name, a)
              for name, a in earlier if (name, a.text) not in used]
    if not scored:
        return None
    score, name, action = max(scored, key=lambda item: item[0])
    return (name, action, score) if score >= MATCH_THRESHOLD else None
