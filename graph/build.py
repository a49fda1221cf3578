"""Resolved records -> one GraphBatch per document, following docs/graph-model.md."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from extractors.nlp.followups import similarity
from extractors.records import Action, DocumentRecords, OwnerKind, Source
from graph.build_structure import with_structure
from graph.keys import fold, organisation_key, role_key
from graph.model import GraphBatch, Label, NodeRow, RelRow, RelType
from graph.resolve import Resolution

CARRY_OVER_SIMILARITY = 0.3


def build_batches(records: Sequence[DocumentRecords], resolution: Resolution) -> list[GraphBatch]:
    return [build_batch(r, resolution) for r in records]


def build_batch(record: DocumentRecords, resolution: Resolution) -> GraphBatch:
    builder = _Builder(record, resolution)
    builder.document_and_meeting()
    builder.people()
    builder.organisations_and_projects()
    builder.decisions()
    builder.actions()
    builder.follow_ups()
    return with_structure(builder.batch(), record, resolution.forum_of, resolution.project_names)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class _Builder:
    def __init__(self, record: DocumentRecords, resolution: Resolution):
        self.record = record
        self.resolution = resolution
        self.doc = record.document.key
        self.meeting_key = f"meeting-{self.doc}"
        self.nodes: dict[tuple[Label, str], dict[str, Any]] = {}
        self.rels: dict[tuple, dict[str, Any]] = {}

    def batch(self) -> GraphBatch:
        nodes = tuple(NodeRow(label, key, props) for (label, key), props in sorted(self.nodes.items()))
        rels = tuple(RelRow(t, sl, sk, el, ek, props) for (t, sl, sk, el, ek), props in sorted(self.rels.items()))
        return GraphBatch(self.doc, nodes, rels)

    def node(self, label: Label, key: str, **props: Any) -> None:
        self.nodes.setdefault((label, key), {}).update(props)

    def rel(self, rel_type: RelType, start: tuple[Label, str], end: tuple[Label, str], **props: Any) -> None:
        self.rels[(rel_type, start[0], start[1], end[0], end[1])] = {"doc": self.doc, **props}

    def source(self, label: Label, key: str, source: Source | None) -> None:
        if source is None:
            return
        self.rel(RelType.SOURCE, (label, key), (Label.DOCUMENT, self.doc), page=source.page,
                 paragraph=source.paragraph, quote=source.quote[:500])

    def document_and_meeting(self) -> None:
        info, meeting = self.record.document, self.record.meeting
        self.node(Label.DOCUMENT, self.doc, doc=self.doc, name=info.name, path=info.path, sha256=info.sha256,
                  format=info.format, kind=info.kind, pages=info.page_count, title=info.title,
                  date=_iso(meeting.date))
        self.node(Label.MEETING, self.meeting_key, doc=self.doc, date=_iso(meeting.date), forum=meeting.forum,
                  place=meeting.place, title=info.title, confidence=meeting.confidence)
        self.source(Label.MEETING, self.meeting_key, meeting.source)
        if meeting.forum:
            forum = self.resolution.forum_of[meeting.forum]
            self.node(Label.FORUM, forum, name=meeting.forum)
            self.rel(RelType.OF_FORUM, (Label.MEETING, self.meeting_key), (Label.FORUM, forum))
        for item in meeting.agenda:
            key = self.item_key(item.number)
            self.node(Label.AGENDA_ITEM, key, doc=self.doc, number=item.number, title=item.title,
                      confidence=item.confidence)
            self.rel(RelType.HAS_ITEM, (Label.MEETING, self.meeting_key), (Label.AGENDA_ITEM, key))
            self.source(Label.AGENDA_ITEM, key, item.source)
            presenter = self.person_key(item.presenter) if item.presenter else None
            if presenter:
                self.rel(RelType.PRESENTED, (Label.PERSON, presenter), (Label.AGENDA_ITEM, key))

    def item_key(self, number: str) -> str:
        return f"item-{self.doc}-{number}"

    def person_key(self, written: str) -> str | None:
        found = self.resolution.person(self.doc, written)
        if found:
            return found
        for person in self.record.people:  # "Emma Sjöberg och Daniel Håkansson" -> first named
            if written.startswith(person.name) or written in person.aliases:
                return self.resolution.person(self.doc, person.name)
        return None

    def people(self) -> None:
        meeting_date = _iso(self.record.meeting.date)
        for person in self.record.people:
            key = self.resolution.person(self.doc, person.name)
            if key is None:
                continue
            self.node(Label.PERSON, key, name=self.resolution.person_names[key],
                      aliases=list(self.resolution.person_aliases[key]))
            first = person.sources[0]
            self.rel(RelType.MENTIONED_IN, (Label.PERSON, key), (Label.DOCUMENT, self.doc), page=first.page,
                     paragraph=first.paragraph, quote=first.quote[:300])
            if person.attendance:
                self.rel(RelType.ATTENDED, (Label.PERSON, key), (Label.MEETING, self.meeting_key),
                         status=str(person.attendance), acting=person.acting,
                         role=person.roles[0] if person.roles else None, organisation=person.organisation)
            for title in person.roles:
                role = role_key(title)
                self.node(Label.ROLE, role, title=title)
                self.rel(RelType.HOLDS_ROLE, (Label.PERSON, key), (Label.ROLE, role), date=meeting_date,
                         organisation=person.organisation, acting=title.endswith("(tf)"))
            if person.organisation:
                org = self.organisation_key(person.organisation)
                self.node(Label.ORGANISATION, org, name=self.resolution.organisation_names.get(org,
                                                                                             person.organisation))
                self.rel(RelType.REPRESENTS, (Label.PERSON, key), (Label.ORGANISATION, org), date=meeting_date,
                         role=person.roles[0] if person.roles else None)

    def organisation_key(self, written: str) -> str:
        return self.resolution.organisation_of.get(written) or organisation_key(written)

    def organisations_and_projects(self) -> None:
        for organisation in self.record.organisations:
            key = self.organisation_key(organisation.name)
            self.node(Label.ORGANISATION, key, name=self.resolution.organisation_names.get(key, organisation.name))
            source = organisation.sources[0]
            self.rel(RelType.MENTIONED_IN, (Label.ORGANISATION, key), (Label.DOCUMENT, self.doc), page=source.page,
                     paragraph=source.paragraph, quote=source.quote[:300])
        for project in self.record.projects:
            key = self.resolution.project_of[fold(project.name)]
            self.node(Label.PROJECT, key, name=self.resolution.project_names[key])
            source = project.sources[0]
            self.rel(RelType.MENTIONED_IN, (Label.PROJECT, key), (Label.DOCUMENT, self.doc), page=source.page,
                     paragraph=source.paragraph, quote=source.quote[:300])

    def about(self, label: Label, key: str, text: str) -> list[str]:
        """Links the fact to the projects its text names; their names, sorted."""
        names = set()
        for folded, project in self.resolution.project_of.items():
            if folded in fold(text):
                self.rel(RelType.ABOUT, (label, key), (Label.PROJECT, project))
                names.add(self.resolution.project_names[project])
        return sorted(names)

    def decisions(self) -> None:
        for decision in self.record.decisions:
            key = decision.key
            self.node(Label.DECISION, key, doc=self.doc, text=decision.text, agenda_item=decision.agenda_item,
                      date=_iso(self.record.meeting.date), confidence=decision.confidence,
                      quote=decision.source.quote[:500], page=decision.source.page,
                      paragraph=decision.source.paragraph, forum=self.record.meeting.forum,
                      document=self.record.document.name)
            self.rel(RelType.DECIDED_IN, (Label.DECISION, key), (Label.MEETING, self.meeting_key))
            self.source(Label.DECISION, key, decision.source)
            if decision.agenda_item:
                self.rel(RelType.UNDER_ITEM, (Label.DECISION, key), (Label.AGENDA_ITEM,
                                                                     self.item_key(decision.agenda_item)))
            self.node(Label.DECISION, key, projects=self.about(Label.DECISION, key, decision.text))

    def carried_over(self, action: Action) -> bool:
        """A row of a later action list repeating an earlier action is a follow-up, not a new action."""
        return any(f.source.block_index == action.source.block_index
                   and similarity(f.action_text, action.text) >= CARRY_OVER_SIMILARITY
                   for f in self.record.follow_ups)

    def actions(self) -> None:
        for action in self.record.actions:
            if self.carried_over(action):
                continue
            key = action.key
            # forum, document and path repeat the meeting's and the document's, and owner (below) the
            # resolved owner's name, so that lists of actions need not look them up row by row.
            self.node(Label.ACTION, key, doc=self.doc, text=action.text, owner_name=action.owner,
                      due=_iso(action.due), due_text=action.due_text,
                      status=str(action.status), raised=_iso(self.record.meeting.date),
                      agenda_item=action.agenda_item, confidence=action.confidence,
                      quote=action.source.quote[:500], page=action.source.page, paragraph=action.source.paragraph,
                      forum=self.record.meeting.forum, document=self.record.document.name,
                      path=self.record.document.path)
            self.rel(RelType.RAISED_IN, (Label.ACTION, key), (Label.MEETING, self.meeting_key))
            self.source(Label.ACTION, key, action.source)
            if action.agenda_item:
                self.rel(RelType.UNDER_ITEM, (Label.ACTION, key), (Label.AGENDA_ITEM,
                                                                   self.item_key(action.agenda_item)))
            self.node(Label.ACTION, key, owner=self.owner(action, key),
                      projects=self.about(Label.ACTION, key, action.text))

    def owner(self, action: Action, key: str) -> str | None:
        """Draws OWNS from the action's person or group; returns that node's name."""
        if not action.owner:
            return None
        if action.owner_kind == OwnerKind.PERSON:
            person = self.person_key(action.owner)
            if person:
                name = self.resolution.person_names[person]
                self.node(Label.PERSON, person, name=name, aliases=list(self.resolution.person_aliases[person]))
                self.rel(RelType.OWNS, (Label.PERSON, person), (Label.ACTION, key))
                return name
        org = self.organisation_key(action.owner)
        name = self.resolution.organisation_names.get(org, action.owner)
        self.node(Label.ORGANISATION, org, name=name)
        self.rel(RelType.OWNS, (Label.ORGANISATION, org), (Label.ACTION, key))
        return name

    def follow_ups(self) -> None:
        for follow_up in self.record.follow_ups:
            action = self.resolution.action_of_follow_up.get((follow_up.earlier_document, follow_up.action_text))
            if action is None:
                continue
            self.rel(RelType.FOLLOWED_UP_IN, (Label.ACTION, action), (Label.MEETING, self.meeting_key),
                     status=str(follow_up.status_now), date=_iso(self.record.meeting.date),
                     quote=follow_up.source.quote[:300])
