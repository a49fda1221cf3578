"""The collaboration structure in the graph: forums with seats, mandates and reporting lines from
collaboration plans, focus areas with activities, indicators and results from activity plans, and
the links to what minutes say (docs/graph-model.md, "Collaboration structure").

Forums. A plan's forum is named as the plan names it, qualified by the plan's sub-region when the
name does not say it ("Delregional tjänstemannaberedning strategisk nivå Nordöstra"). Every Forum
node carries ``type`` (its name without sub-region and level words: "delregional
tjänstemannaberedning") and ``delregion``. A meeting's forum becomes the plan's Forum node when
exactly one plan forum has its type and sub-region; when a plan defines several (strategic and
operative level) the meeting's forum stays its own node, and queries relate them by type and
sub-region.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from extractors.nlp.structure import DELREGIONS, delregion_of, forum_level
from extractors.records import Activity, DocumentRecords, ForumDefinition, ForumLevel, OwnerKind
from graph.keys import fold, forum_key, role_key, slug
from graph.model import GraphBatch, Label, NodeRow, RelRow, RelType

_LEVEL_WORDS = re.compile(r"\((?:[^)]*nivå)\)|\b(?:på\s+)?(?:strategisk|operativ|lokal)\s+nivå\b", re.IGNORECASE)
_STOP = frozenset({"på", "av", "till", "för", "och", "i", "med", "den", "det", "nivå", "delregion", "skåne"})
_PROJECT_STOP = frozenset({"projekt", "projektet", "pilot", "piloten", "och", "för", "med", "inom"})


def qualified_name(name: str, delregion: str | None) -> str:
    """The plan's name, with the plan's sub-region added when the name does not carry one and the
    forum is not a central one ("Central tjänstemannaberedning" is the same for every sub-region)."""
    if not delregion or delregion_of(name) is not None or forum_level(name) == ForumLevel.CENTRAL:
        return name
    return f"{name} {delregion}"


def forum_type(name: str) -> str:
    """ "Delregional tjänstemannaberedning Mellersta" and "… strategisk nivå" -> "delregional tjänstemannaberedning"."""
    text = _LEVEL_WORDS.sub(" ", name)
    text = re.sub(r"\b(?:" + "|".join(DELREGIONS) + r")\b", " ", text, flags=re.IGNORECASE)
    return " ".join(w for w in text.lower().split() if w not in {"delregion", "skåne"})


def _stems(name: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-zåäö]+", name.lower()) if w not in _STOP and len(w) > 2}


def resolve_forums(plan_forums: Iterable[tuple[str, str | None]], meeting_forums: Iterable[str]) -> dict[str, str]:
    """Forum name (a meeting's, or a plan forum's qualified name) -> Forum key. ``plan_forums``:
    (name, sub-region) of each forum a plan defines; ``meeting_forums``: the forums of minutes."""
    forums: dict[str, str] = {}
    by_type: dict[tuple[str, str | None], set[str]] = {}
    for plan_name, delregion in plan_forums:
        name = qualified_name(plan_name, delregion)
        forums[name] = forum_key(name)
        by_type.setdefault((forum_type(plan_name), delregion), set()).add(forums[name])
    for name in meeting_forums:
        if name and name not in forums:
            candidates = by_type.get((forum_type(name), delregion_of(name)), set())
            forums[name] = next(iter(candidates)) if len(candidates) == 1 else forum_key(name)
    return forums


def forum_properties(name: str) -> dict[str, Any]:
    level = forum_level(name)
    return {"name": name, "type": forum_type(name), "delregion": delregion_of(name),
            "level": str(level) if level else None}


class _Rows:
    def __init__(self, doc: str):
        self.doc = doc
        self.nodes: dict[tuple[Label, str], dict[str, Any]] = {}
        self.rels: list[RelRow] = []

    def node(self, label: Label, key: str, **props: Any) -> None:
        self.nodes.setdefault((label, key), {}).update({k: v for k, v in props.items() if v is not None})

    def rel(self, rel_type: RelType, start: tuple[Label, str], end: tuple[Label, str], **props: Any) -> None:
        self.rels.append(RelRow(rel_type, start[0], start[1], end[0], end[1], {"doc": self.doc, **props}))

    def source(self, label: Label, key: str, source) -> None:
        self.rel(RelType.SOURCE, (label, key), (Label.DOCUMENT, self.doc), page=source.page,
                 paragraph=source.paragraph, quote=source.quote[:500])


def with_structure(batch: GraphBatch, record: DocumentRecords, forum_of: dict[str, str],
                   project_names: dict[str, str]) -> GraphBatch:
    """The document's batch plus its collaboration structure and the links from its actions to forums."""
    rows = _Rows(batch.document_key)
    if record.meeting.forum and record.meeting.forum in forum_of:
        rows.node(Label.FORUM, forum_of[record.meeting.forum], **forum_properties(record.meeting.forum))
    for definition in record.forums:
        _forum(rows, definition, record.forums, forum_of)
    _focus_areas(rows, record)
    areas = {area.number: focus_area_key(area.title, area.parent_title) for area in record.focus_areas}
    plan_region = delregion_of(record.document.title)
    for activity in record.activities:
        _activity(rows, activity, areas, project_names)
        forum = _forum_named(activity.responsible, plan_region, forum_of) if activity.responsible else None
        if forum:  # "Operativa arbetsgruppen" is responsible: the forum answers for the activity
            rows.rel(RelType.ASSIGNED_TO, (Label.ACTIVITY, activity.key), (Label.FORUM, forum))
    written_actions = {n.key for n in batch.nodes if n.label == Label.ACTION}
    _assigned_actions(rows, record, forum_of, written_actions)
    if not rows.nodes and not rows.rels:
        return batch
    nodes = {(n.label, n.key): dict(n.props) for n in batch.nodes}
    for key, props in rows.nodes.items():
        nodes.setdefault(key, {}).update(props)
    merged_nodes = tuple(NodeRow(label, key, props) for (label, key), props in sorted(nodes.items()))
    return GraphBatch(batch.document_key, merged_nodes, batch.rels + tuple(rows.rels))


def _forum(rows: _Rows, definition: ForumDefinition, siblings: Sequence[ForumDefinition],
           forum_of: dict[str, str]) -> None:
    name = qualified_name(definition.name, definition.delregion)
    key = forum_of.get(name, forum_key(name))
    props = forum_properties(name) | {"level": str(definition.level) if definition.level else None,
                                      "delregion": definition.delregion}
    rows.node(Label.FORUM, key, **props, frequency=definition.frequency,
              frequency_text=definition.frequency_text, chairs=list(definition.chairs),
              conveners=list(definition.conveners), chair_arrangement=definition.chair_arrangement)
    source = definition.source
    rows.rel(RelType.MENTIONED_IN, (Label.FORUM, key), (Label.DOCUMENT, rows.doc), page=source.page,
             paragraph=source.paragraph, quote=source.quote[:300])
    for position, text in enumerate(definition.mandates):
        mandate = "mandate-" + hashlib.sha256(f"{rows.doc}|{key}|{position}|{text}".encode()).hexdigest()[:16]
        rows.node(Label.MANDATE, mandate, doc=rows.doc, text=text, position=position)
        rows.rel(RelType.HAS_MANDATE, (Label.FORUM, key), (Label.MANDATE, mandate), position=position)
        rows.source(Label.MANDATE, mandate, source)
    for seat in definition.members:
        role = role_key(seat.role)
        rows.node(Label.ROLE, role, title=seat.role)
        rows.rel(RelType.MEMBER_ROLE, (Label.FORUM, key), (Label.ROLE, role), role=seat.role,
                 organisation=seat.organisation or "")
    lines = [(RelType.REPORTS_TO, key, t) for t in definition.reports_to]
    lines += [(RelType.ASSIGNS_TO, key, t) for t in definition.assigns_to]
    lines += [(RelType.ASSIGNS_TO, t, key) for t in definition.assigned_by]
    for rel_type, start, end in lines:
        start_key = start if start == key else _target(rows, start, definition, siblings, forum_of)
        end_key = end if end == key else _target(rows, end, definition, siblings, forum_of)
        written = start if start != key else end
        rows.rel(rel_type, (Label.FORUM, start_key), (Label.FORUM, end_key), written=written)


def _target(rows: _Rows, written: str, definition: ForumDefinition, siblings: Sequence[ForumDefinition],
            forum_of: dict[str, str]) -> str:
    """A forum a mandate names -> the plan's own forum with the same word stems, else a forum of its own."""
    wanted = _stems(written)
    fitting = [s for s in siblings if s is not definition and wanted <= _stems(s.name)]
    if len(fitting) > 1:  # "Lokala samverkansgrupper": the one whose name starts alike
        first = next(iter(_stems(written.split()[0])), "")
        fitting = [s for s in fitting if s.name.lower().startswith(first)] or fitting[:1]
    if fitting:
        name = qualified_name(fitting[0].name, fitting[0].delregion)
        return forum_of.get(name, forum_key(name))
    name = qualified_name(written, definition.delregion)
    key = forum_of.get(name, forum_key(name))
    rows.node(Label.FORUM, key, **forum_properties(name))
    return key


def focus_area_key(title: str, parent_title: str | None) -> str:
    return "focus-" + slug(f"{parent_title} {title}" if parent_title else title)[:120]


def _focus_areas(rows: _Rows, record: DocumentRecords) -> None:
    for area in record.focus_areas:
        key = focus_area_key(area.title, area.parent_title)
        rows.node(Label.FOCUS_AREA, key, title=area.title, number=area.number)
        rows.rel(RelType.MENTIONED_IN, (Label.FOCUS_AREA, key), (Label.DOCUMENT, rows.doc), page=area.source.page,
                 paragraph=area.source.paragraph, quote=area.source.quote[:300])
        if area.parent_title:
            rows.rel(RelType.PART_OF, (Label.FOCUS_AREA, key), (Label.FOCUS_AREA, focus_area_key(area.parent_title, None)))


def indicator_key(text: str) -> str:
    folded = " ".join(fold(text).split())
    return f"indicator-{slug(folded)[:60]}-{hashlib.sha256(folded.encode()).hexdigest()[:8]}"


def _activity(rows: _Rows, activity: Activity, areas: dict[str, str], project_names: dict[str, str]) -> None:
    key = activity.key
    rows.node(Label.ACTIVITY, key, doc=rows.doc, text=activity.text, level=activity.level,
              timing=activity.timing, responsible=activity.responsible, indicator=activity.indicator,
              plan_year=activity.plan_year, focus_number=activity.focus_number)
    rows.source(Label.ACTIVITY, key, activity.source)
    if activity.focus_number in areas:
        rows.rel(RelType.UNDER, (Label.ACTIVITY, key), (Label.FOCUS_AREA, areas[activity.focus_number]))
    if activity.central_activity:
        central = Activity(activity.central_activity, "central", None, None, None, None, None, (), None, None,
                           activity.source).key
        rows.rel(RelType.PART_OF, (Label.ACTIVITY, key), (Label.ACTIVITY, central))
    indicator = indicator_key(activity.indicator) if activity.indicator else None
    if indicator:
        rows.node(Label.INDICATOR, indicator, text=activity.indicator)
        rows.rel(RelType.MEASURED_BY, (Label.ACTIVITY, key), (Label.INDICATOR, indicator))
    for result in activity.results:
        result_key = f"result-{key}-{result.year}"
        rows.node(Label.RESULT, result_key, doc=rows.doc, year=result.year, text=result.text)
        rows.rel(RelType.HAS_RESULT, (Label.ACTIVITY, key), (Label.RESULT, result_key), year=result.year)
        rows.source(Label.RESULT, result_key, activity.source)
        if indicator:
            rows.rel(RelType.OF_INDICATOR, (Label.RESULT, result_key), (Label.INDICATOR, indicator), year=result.year)
    for project in projects_of(activity.text, project_names):
        rows.rel(RelType.CONCERNS, (Label.ACTIVITY, key), (Label.PROJECT, project))


def _word_stem(word: str) -> str:
    return word if len(word) <= 5 else word[:-2]


def projects_of(text: str, project_names: dict[str, str]) -> list[str]:
    """Projects whose every word (sub-region names aside) is in ``text``, inflected or in a compound:
    "Mobilt team närsjukvård" in "införandet av Mobila närsjukvårdsteam"."""
    words = re.findall(r"[a-zåäö0-9]+", fold(text))
    found = []
    for key, name in project_names.items():
        stems = [_word_stem(w) for w in re.findall(r"[a-zåäö0-9]+", fold(name))
                 if len(w) >= 4 and w not in _PROJECT_STOP and delregion_of(w) is None]
        if stems and all(any(w.startswith(s) or w.endswith(s) or (len(s) >= 6 and s in w) for w in words)
                         for s in stems):
            found.append(key)
    return sorted(found)


def _assigned_actions(rows: _Rows, record: DocumentRecords, forum_of: dict[str, str], written: set[str]) -> None:
    """An action a meeting gives a forum ("Operativa arbetsgruppen redovisar …") points to that forum,
    when one forum of the meeting's sub-region has the owner's word stems."""
    meeting_region = delregion_of(record.meeting.forum or "") or delregion_of(record.document.title)
    for action in record.actions:
        if action.owner_kind != OwnerKind.ORGANISATION or not action.owner or action.key not in written:
            continue
        forum = _forum_named(action.owner, meeting_region, forum_of)
        if forum:
            rows.rel(RelType.ASSIGNED_TO, (Label.ACTION, action.key), (Label.FORUM, forum))


def _forum_named(owner: str, region: str | None, forum_of: dict[str, str]) -> str | None:
    wanted = _stems(owner)
    if len(wanted) < 2:
        return None
    fitting = {key for name, key in forum_of.items()
               if wanted <= _stems(name) and delregion_of(name) in {region, delregion_of(owner)}}
    return next(iter(fitting)) if len(fitting) == 1 else None

