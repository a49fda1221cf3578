"""Status reports in a later document on actions raised in earlier ones."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain

from extractors.nlp.gazetteer import OrgMatch, find_organisations
from extractors.nlp.structure import delregion_of
from extractors.records import Action, ActionStatus, DocumentRecords, FollowUp, StatusReport

_WORD = re.compile(r"[a-zåäöé0-9]+")
_STOP = frozenset(["och", "att", "i", "på", "för", "med", "till", "av", "som", "en", "ett", "det", "den", "är", "om",
                   "de", "vi", "har", "ska", "kan", "från", "under", "nästa", "möte", "senast", "klar", "pågår"])
MATCH_THRESHOLD = 0.4
# A task restated later (a plan row, a list at the end) says the same thing in other words; two
# different tasks of one owner share only how tasks are written ("ansvarar för att ta fram en
# gemensam ... senast den 31 maj"), which restatements are therefore compared without.
RESTATE_THRESHOLD = 0.6
_FRAMING = frozenset(["ansva", "fram", "återk", "uppdr", "gemen", "tas", "ges", "tar", "mötet", "nästk", "janua",
                      "febru", "mars", "april", "maj", "juni", "juli", "augus", "septe", "oktob", "novem", "decem"])
MIN_SHARED = 2  # stems two texts must share before they can be the same task
CLOSED_PENALTY = 0.15  # a task already reported done needs a clearer match to be reported again
CLOSED_WINDOW = timedelta(days=365)  # ... and only within a year of being closed


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _stems(text: str, ignore: AbstractSet[str] = frozenset()) -> set[str]:
    """Crude Swedish stemming: the first five letters ("förslaget" ~ "förslag")."""
    return {w[:5] for w in content_words(text)} - ignore


def similarity(a: str, b: str, ignore: AbstractSet[str] = frozenset()) -> float:
    """Overlap of stemmed content words relative to the shorter text; needs two shared words.
    ``ignore``: stems that say nothing about the task (people's names)."""
    return _overlap(_stems(a, ignore), _stems(b, ignore))


def _overlap(a: set[str], b: set[str]) -> float:
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= MIN_SHARED else 0.0


@dataclass
class _Tracked:
    """An earlier action as the linker sees it: where it came from and what was said of it since."""

    document: str
    text: str  # the action's, and its owner's name: all the linker reads of it (the state stays small)
    owner: str | None
    region: str | None = None  # the sub-region of the forum that raised it (None: regional or unknown)
    places: frozenset[str] = frozenset()  # the municipalities its text names
    reports: list[str] = field(default_factory=list)
    closed_on: date | None = None
    stems: list[set[str]] = field(default_factory=list)  # of the action's text, then of each report
    plain: list[set[str]] = field(default_factory=list)  # the same without people's names
    key: tuple[str, str] = ("", "")

    def __post_init__(self) -> None:
        self.key = (self.document, self.text)

    def said(self, text: str, name_stems: set[str]) -> set[str]:
        self.stems.append(_stems(text) - _place_stems(text))
        self.plain.append(self.stems[-1] - name_stems)
        return self.stems[-1]


@dataclass
class FollowUpLinker:
    """Links documents one at a time, in date order. It only knows what the documents linked so far
    said (their actions, reports and people's names), so a run that adds newer documents can go on
    from the state the previous run kept (it pickles) and link exactly as a run over everything."""

    people: set[str] = field(default_factory=set)  # full names seen so far
    name_stems: set[str] = field(default_factory=set)
    tracked: list[_Tracked] = field(default_factory=list)
    # stem -> positions in ``tracked`` of actions whose text or reports have it: a report is only
    # scored against actions it shares words with, so linking stays fast over years of minutes.
    index: dict[str, set[int]] = field(default_factory=dict)
    by_owner: dict[str, list[int]] = field(default_factory=dict)  # owner -> positions in ``tracked``

    def link(self, current: DocumentRecords, reports: list[StatusReport]) -> DocumentRecords:
        self._learn_names(current)
        today = current.meeting.date
        region = _region_of(current)
        follow_ups: list[FollowUp] = []
        matched: list[tuple[int, str]] = []
        used: set[tuple[str, str]] = set()
        for report in reports:
            best = self._best(report, used, today, region)
            if best is None:
                continue
            entry, position, score = best
            used.add(entry.key)
            entry.reports.append(report.text)
            self._index(position, entry.said(report.text, self.name_stems))
            if report.status == ActionStatus.DONE and entry.closed_on is None:
                entry.closed_on = today or date.min
            matched.append((report.source.block_index, report.text))
            follow_ups.append(FollowUp(entry.text, entry.document, report.status, report.source,
                                       round(min(0.95, 0.5 + score), 2)))
        for action in current.actions:
            if action.status != ActionStatus.DONE and not _carried_over(action, matched) \
                    and not self._restates(action, region):
                self.tracked.append(_Tracked(current.document.name, action.text, action.owner, region,
                                             places_in(action.text)))
                self._index(len(self.tracked) - 1, self.tracked[-1].said(action.text, self.name_stems))
                if action.owner is not None:
                    self.by_owner.setdefault(action.owner, []).append(len(self.tracked) - 1)
        return replace(current, follow_ups=tuple(follow_ups))

    def _learn_names(self, current: DocumentRecords) -> None:
        names = {p.name for p in current.people if " " in p.name} - self.people
        self.people |= names
        self.name_stems |= _name_stems(names)

    def _index(self, position: int, stems: set[str]) -> None:
        for stem in stems:
            self.index.setdefault(stem, set()).add(position)

    def _candidates(self, text: str) -> list[int]:
        """Positions of tracked actions sharing at least MIN_SHARED stems with ``text``, in order."""
        hits = Counter(chain.from_iterable(self.index.get(stem, ()) for stem in _stems(text)))
        return sorted(position for position, count in hits.items() if count >= MIN_SHARED)

    def _best(self, report: StatusReport, used: set[tuple[str, str]], today: date | None, region: str | None):
        """An open action first; one already closed only within a year and with a clearer match.
        Never one raised in another sub-region's forum (their minutes do not report on each other's
        tasks, though many tasks are worded alike), nor one for another municipality."""
        places = places_in(report.text)
        candidates = [(p, self.tracked[p]) for p in self._candidates(report.text)
                      if _may_concern(self.tracked[p], region, places)]
        open_ = [(p, t) for p, t in candidates if t.closed_on is None]
        recently_closed = [(p, t) for p, t in candidates if t.closed_on is not None
                           and (today is None or today - t.closed_on <= CLOSED_WINDOW)]
        named = {name for name in self.people if _as_subject(name, report.text)}
        stems = _stems(report.text)
        return self._best_among(report, stems, named, open_, used) or \
            self._best_among(report, stems, named, recently_closed, used, penalty=CLOSED_PENALTY)

    def _best_among(self, report: StatusReport, stems: set[str], named: set[str],
                    entries: list[tuple[int, _Tracked]], used: set[tuple[str, str]],
                    penalty: float = 0.0) -> tuple[_Tracked, int, float] | None:
        """Compared with the task's own text and with what earlier reports said of it (a later
        report often repeats the earlier report's wording rather than the task's)."""
        scored = [(self._score(report, stems, entry) - penalty, position, entry) for position, entry in entries
                  if entry.key not in used and not self._other_owner(report, named, entry.owner)]
        if not scored:
            return None
        score, position, entry = max(scored, key=lambda item: (item[0], -item[1]))  # ties: the earliest
        return (entry, position, score) if score >= MATCH_THRESHOLD else None

    def _score(self, report: StatusReport, stems: set[str], entry: _Tracked) -> float:
        """Names say nothing about the task, except the owner's when the report names them."""
        owner = entry.owner
        owner_named = bool(owner) and (owner.split()[0] in report.text or _is_owner(report.owner, owner))
        said = stems - self.name_stems - _FRAMING - _place_stems(report.text)  # says nothing of which task
        if owner_named:  # the owner's name does count
            keep = _owner_stems(owner)
            said |= stems & keep
            text_score = max(_overlap(said, plain | (raw & keep)) for raw, plain in zip(entry.stems, entry.plain))
        else:
            text_score = max(_overlap(said, plain) for plain in entry.plain)
        return text_score + (0.1 if owner_named else 0.0)

    def _other_owner(self, report: StatusReport, named: set[str], owner: str | None) -> bool:
        """A report whose responsible is someone else (its "Ansvarig" cell, or another full name
        as its subject: ``named``) is not about this owner's task."""
        if not owner:
            return False
        if report.owner:
            return not _is_owner(report.owner, owner)
        if " " not in owner:
            return False
        return bool(named) and owner not in named

    def _restates(self, action: Action, region: str | None) -> bool:
        """A plan row or list entry repeating a still-open task of the same owner (in the same
        sub-region: "Processledarna Nära vård" are five groups) is that task."""
        if action.owner is None:
            return False
        said = _task_stems(action.text) - self.name_stems
        places = places_in(action.text)
        return any(t.closed_on is None and _may_concern(t, region, places)
                   and _overlap(said, _task_stems(t.text) - self.name_stems) >= RESTATE_THRESHOLD
                   for t in (self.tracked[p] for p in self.by_owner.get(action.owner, ())))


def places_in(text: str) -> frozenset[str]:
    """The municipalities a text names: the same task for another municipality is another task."""
    return frozenset(match.canonical for match in _municipalities(text))


@lru_cache(maxsize=8192)
def _place_stems(text: str) -> frozenset[str]:
    """Stems of the municipality names as written: where a task is says nothing of what it is (five
    sub-regions' tasks all name their municipalities), so places only keep tasks apart."""
    return frozenset(_stems(" ".join(match.text for match in _municipalities(text))))


@lru_cache(maxsize=8192)
def _municipalities(text: str) -> tuple[OrgMatch, ...]:
    """The gazetteer's municipality matches in ``text``: found once per text (a spaCy run), read both
    for the places a text names and for the words that name them."""
    return tuple(match for match in find_organisations(text) if match.kind == "municipality")


def _may_concern(entry: _Tracked, region: str | None, places: frozenset[str]) -> bool:
    """Whether a text written in ``region`` naming ``places`` may be about the tracked task: not when
    both name a sub-region, or municipalities, and they differ."""
    return _same_region(region, entry.region) and not (places and entry.places and not places & entry.places)


def _is_owner(responsible: str | None, owner: str) -> bool:
    """Whether a row's responsible ("Ansvarig" cell) names ``owner`` (in full, or by first name)."""
    return bool(responsible) and (owner in responsible or responsible.startswith(owner.split()[0]))


def _task_stems(text: str) -> set[str]:
    """What a task is about: its stems without the words tasks are written with, and without dates."""
    return {stem for stem in _stems(text) if stem not in _FRAMING and not any(c.isdigit() for c in stem)}


def _region_of(records: DocumentRecords) -> str | None:
    """The sub-region of the document's forum, from the forum's name or else the title."""
    return delregion_of(records.meeting.forum or "") or delregion_of(records.document.title or "")


def _same_region(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def link_follow_ups(records: list[DocumentRecords], reports: dict[str, list[StatusReport]]) -> list[DocumentRecords]:
    """``records`` in date order; ``reports`` maps a document key to its status reports.

    Each report links to the best-matching earlier action above the threshold. A report of "done"
    closes the action; a row that carries an earlier action over into a later list is a follow-up
    of that action, not a new one, so later reports link to the original.
    """
    linker = FollowUpLinker()
    return [linker.link(current, reports.get(current.document.key, [])) for current in records]


@lru_cache(maxsize=4096)
def _owner_stems(owner: str) -> frozenset[str]:
    return _name_stems([owner])


def _name_stems(names) -> frozenset[str]:
    return frozenset(word.lower()[:5] for name in names if name for word in re.split(r"[\s-]+", name))


def _carried_over(action: Action, matched_reports: list[tuple[int, str]]) -> bool:
    """The action is the very row or sentence that reported on an earlier one."""
    return any(block == action.source.block_index and action.text in text for block, text in matched_reports)


def _as_subject(name: str, text: str) -> bool:
    """The name opens the report or its part after a colon ("SIP-listan: Birgitta Lönn lämnade ...")."""
    return text.startswith(name) or f": {name}" in text
