"""The graph model: labels, relationship types, keys, and the batch a document loads as.

Every node has a unique ``key`` property. Nodes that belong to one document
(Document, Meeting, AgendaItem, Decision, Action) have keys derived from the
document's content hash; shared nodes (Person, Organisation, Project, Forum, Role)
have keys derived from their resolved canonical identity. Every relationship
carries ``doc`` (the key of the document that states it), which is how a document's
facts are replaced or forgotten without touching anybody else's.

See docs/graph-model.md for the picture and the property list.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    DOCUMENT = "Document"
    MEETING = "Meeting"
    FORUM = "Forum"
    AGENDA_ITEM = "AgendaItem"
    PERSON = "Person"
    ORGANISATION = "Organisation"
    ROLE = "Role"
    PROJECT = "Project"
    DECISION = "Decision"
    ACTION = "Action"
    # The collaboration structure of plans and agreements (graph/build_structure.py).
    MANDATE = "Mandate"
    FOCUS_AREA = "FocusArea"
    ACTIVITY = "Activity"
    INDICATOR = "Indicator"
    RESULT = "Result"


# Labels whose nodes live and die with one document.
DOCUMENT_SCOPED = frozenset({Label.DOCUMENT, Label.MEETING, Label.AGENDA_ITEM, Label.DECISION, Label.ACTION,
                             Label.MANDATE, Label.ACTIVITY, Label.RESULT})
# Set on the documents a load flagged and the actions whose derived status is due
# (graph/cypher/mark_actions_to_derive.cypher, derive_action_status.cypher); indexed, since every
# sync looks for them.
DERIVE_PENDING = "derive_pending"
DERIVE_PENDING_LABELS = (Label.DOCUMENT, Label.ACTION)
# Labels whose nodes several documents share; only these can be left without relationships when a
# document goes (every document-scoped node has a SOURCE to its document and goes with it).
SHARED = tuple(label for label in Label if label not in DOCUMENT_SCOPED)


class RelType(StrEnum):
    SOURCE = "SOURCE"  # (Meeting|Decision|Action|AgendaItem) -> Document {page, paragraph, quote}
    MENTIONED_IN = "MENTIONED_IN"  # (Person|Organisation|Project) -> Document {page, paragraph, quote}
    OF_FORUM = "OF_FORUM"  # Meeting -> Forum
    HAS_ITEM = "HAS_ITEM"  # Meeting -> AgendaItem
    PRESENTED = "PRESENTED"  # Person -> AgendaItem
    ATTENDED = "ATTENDED"  # Person -> Meeting {status, acting, role, organisation}
    HOLDS_ROLE = "HOLDS_ROLE"  # Person -> Role {date, organisation, acting}
    REPRESENTS = "REPRESENTS"  # Person -> Organisation {date, role}
    DECIDED_IN = "DECIDED_IN"  # Decision -> Meeting
    UNDER_ITEM = "UNDER_ITEM"  # (Decision|Action) -> AgendaItem
    RAISED_IN = "RAISED_IN"  # Action -> Meeting
    OWNS = "OWNS"  # (Person|Organisation) -> Action
    FOLLOWED_UP_IN = "FOLLOWED_UP_IN"  # Action -> Meeting {status, date, quote}
    ABOUT = "ABOUT"  # (Decision|Action) -> Project
    REPORTS_TO = "REPORTS_TO"  # Forum -> Forum {quote}
    ASSIGNS_TO = "ASSIGNS_TO"  # Forum -> Forum {quote}
    HAS_MANDATE = "HAS_MANDATE"  # Forum -> Mandate
    MEMBER_ROLE = "MEMBER_ROLE"  # Forum -> Role {role, organisation}: a seat the plan expects
    PART_OF = "PART_OF"  # FocusArea -> FocusArea (sub-area), Activity -> Activity (sub-regional -> central)
    UNDER = "UNDER"  # Activity -> FocusArea
    MEASURED_BY = "MEASURED_BY"  # Activity -> Indicator
    HAS_RESULT = "HAS_RESULT"  # Activity -> Result {year}
    OF_INDICATOR = "OF_INDICATOR"  # Result -> Indicator {year}
    CONCERNS = "CONCERNS"  # Activity -> Project (shared word stems)
    ASSIGNED_TO = "ASSIGNED_TO"  # (Action|Activity) -> Forum: the owner or responsible named is a forum


# Node properties stored as Cypher date values (sent as ISO strings, converted with date()).
DATE_PROPERTIES: Mapping[Label, frozenset[str]] = {
    Label.MEETING: frozenset({"date"}),
    Label.ACTION: frozenset({"due", "raised", "corrected_at", "closed_on"}),
    Label.DECISION: frozenset({"date"}),
    Label.DOCUMENT: frozenset({"date"}),
    Label.PERSON: frozenset({"corrected_at"}),  # set by a human correction (graph/corrections.py)
}
# Relationship properties that, besides the document, tell two relationships between the same nodes
# apart: a forum has a seat for Förvaltningschef in each of six municipalities. Never null (use "").
REL_IDENTITY_PROPERTIES: Mapping[RelType, tuple[str, ...]] = {
    RelType.MEMBER_ROLE: ("organisation",),
}
REL_DATE_PROPERTIES: Mapping[RelType, frozenset[str]] = {
    RelType.FOLLOWED_UP_IN: frozenset({"date"}),
    RelType.HOLDS_ROLE: frozenset({"date"}),
    RelType.REPRESENTS: frozenset({"date"}),
    RelType.OWNS: frozenset({"corrected_at"}),
}


@dataclass(frozen=True)
class NodeRow:
    label: Label
    key: str
    props: Mapping[str, Any]  # JSON-able values only; dates as ISO strings


@dataclass(frozen=True)
class RelRow:
    type: RelType
    start_label: Label
    start_key: str
    end_label: Label
    end_key: str
    props: Mapping[str, Any]  # must include "doc"


@dataclass(frozen=True)
class GraphBatch:
    """Everything one document contributes to the graph, after resolution."""

    document_key: str
    nodes: tuple[NodeRow, ...]
    rels: tuple[RelRow, ...]

    def fingerprint(self) -> str:
        """Content hash of the batch: equal fingerprints mean nothing to reload."""
        payload = {
            "nodes": sorted([n.label, n.key, _canon(n.props)] for n in self.nodes),
            "rels": sorted(
                [r.type, r.start_label, r.start_key, r.end_label, r.end_key, _canon(r.props)] for r in self.rels
            ),
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def _canon(props: Mapping[str, Any]) -> str:
    return json.dumps(props, sort_keys=True, ensure_ascii=False, default=str)


# Every (type, start label, end label) the builder writes; the loader has one statement for each.
REL_ENDPOINTS: tuple[tuple[RelType, Label, Label], ...] = (
    (RelType.SOURCE, Label.MEETING, Label.DOCUMENT),
    (RelType.SOURCE, Label.AGENDA_ITEM, Label.DOCUMENT),
    (RelType.SOURCE, Label.DECISION, Label.DOCUMENT),
    (RelType.SOURCE, Label.ACTION, Label.DOCUMENT),
    (RelType.MENTIONED_IN, Label.PERSON, Label.DOCUMENT),
    (RelType.MENTIONED_IN, Label.ORGANISATION, Label.DOCUMENT),
    (RelType.MENTIONED_IN, Label.PROJECT, Label.DOCUMENT),
    (RelType.OF_FORUM, Label.MEETING, Label.FORUM),
    (RelType.HAS_ITEM, Label.MEETING, Label.AGENDA_ITEM),
    (RelType.PRESENTED, Label.PERSON, Label.AGENDA_ITEM),
    (RelType.ATTENDED, Label.PERSON, Label.MEETING),
    (RelType.HOLDS_ROLE, Label.PERSON, Label.ROLE),
    (RelType.REPRESENTS, Label.PERSON, Label.ORGANISATION),
    (RelType.DECIDED_IN, Label.DECISION, Label.MEETING),
    (RelType.UNDER_ITEM, Label.DECISION, Label.AGENDA_ITEM),
    (RelType.UNDER_ITEM, Label.ACTION, Label.AGENDA_ITEM),
    (RelType.RAISED_IN, Label.ACTION, Label.MEETING),
    (RelType.OWNS, Label.PERSON, Label.ACTION),
    (RelType.OWNS, Label.ORGANISATION, Label.ACTION),
    (RelType.FOLLOWED_UP_IN, Label.ACTION, Label.MEETING),
    (RelType.ABOUT, Label.DECISION, Label.PROJECT),
    (RelType.ABOUT, Label.ACTION, Label.PROJECT),
    (RelType.MENTIONED_IN, Label.FORUM, Label.DOCUMENT),
    (RelType.REPORTS_TO, Label.FORUM, Label.FORUM),
    (RelType.ASSIGNS_TO, Label.FORUM, Label.FORUM),
    (RelType.HAS_MANDATE, Label.FORUM, Label.MANDATE),
    (RelType.MEMBER_ROLE, Label.FORUM, Label.ROLE),
    (RelType.SOURCE, Label.MANDATE, Label.DOCUMENT),
    (RelType.SOURCE, Label.ACTIVITY, Label.DOCUMENT),
    (RelType.SOURCE, Label.RESULT, Label.DOCUMENT),
    (RelType.MENTIONED_IN, Label.FOCUS_AREA, Label.DOCUMENT),
    (RelType.PART_OF, Label.FOCUS_AREA, Label.FOCUS_AREA),
    (RelType.PART_OF, Label.ACTIVITY, Label.ACTIVITY),
    (RelType.UNDER, Label.ACTIVITY, Label.FOCUS_AREA),
    (RelType.MEASURED_BY, Label.ACTIVITY, Label.INDICATOR),
    (RelType.HAS_RESULT, Label.ACTIVITY, Label.RESULT),
    (RelType.OF_INDICATOR, Label.RESULT, Label.INDICATOR),
    (RelType.CONCERNS, Label.ACTIVITY, Label.PROJECT),
    (RelType.ASSIGNED_TO, Label.ACTION, Label.FORUM),
    (RelType.ASSIGNED_TO, Label.ACTIVITY, Label.FORUM),
)
