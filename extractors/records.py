"""What extraction returns: typed, immutable records, each with provenance and confidence.

These are per-document facts as the document states them (names as written, owners
resolved within the document only). Cross-document resolution happens in ``graph``.
The JSON shape of ``minutes-graph extract`` (``../shared/corpus/SCHEMA.md``) is a view
of these records, produced by :mod:`extractors.jsonout`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    INVITED = "invited"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class OwnerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"  # also groups: "Processledarna Nära vård", "Styrelsen"


@dataclass(frozen=True)
class Source:
    """Provenance of one record: which document, which block, and the quoted text."""

    document_key: str
    block_index: int  # index into Document.blocks
    quote: str
    page: int | None = None
    paragraph: int | None = None


@dataclass(frozen=True)
class AgendaItem:
    number: str  # "4", "§ 12" -> "12"
    title: str
    presenter: str | None  # full name when resolvable, else as written
    source: Source
    confidence: float = 0.9  # a heading 0.95, a "§" line 0.9, a numbered paragraph in sequence 0.85


@dataclass(frozen=True)
class Meeting:
    date: date | None
    forum: str | None
    place: str | None
    agenda: tuple[AgendaItem, ...]
    source: Source | None
    date_reason: str | None = None  # why date is None ("no date in text or file name")
    case_numbers: tuple[str, ...] = ()  # Dnr / diarienummer
    confidence: float = 0.0  # of the date: labelled ("Datum:") 0.95, first date in the text 0.85, file name 0.6


@dataclass(frozen=True)
class Person:
    name: str  # full name as the document gives it (longest form)
    aliases: tuple[str, ...]
    roles: tuple[str, ...]  # acting roles carry the suffix " (tf)"
    organisation: str | None
    attendance: Attendance | None
    email: str | None
    acting: bool
    confidence: float
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Organisation:
    name: str  # as written in the document (one form per entity)
    canonical: str  # gazetteer canonical name ("Burlövs kommun"), else name
    confidence: float
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Project:
    name: str
    confidence: float
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Decision:
    text: str
    agenda_item: str | None
    projects: tuple[str, ...]
    confidence: float
    source: Source

    @property
    def key(self) -> str:
        return record_key("decision", self.source, self.text)


@dataclass(frozen=True)
class Action:
    text: str
    owner: str | None
    owner_kind: OwnerKind | None
    due: date | None
    due_text: str | None  # the words the due date came from ("senast siste februari")
    status: ActionStatus
    agenda_item: str | None
    projects: tuple[str, ...]
    confidence: float
    source: Source

    @property
    def key(self) -> str:
        return record_key("action", self.source, self.text)


@dataclass(frozen=True)
class FollowUp:
    """A later document reporting on an action raised in an earlier one."""

    action_text: str  # the earlier action's text
    earlier_document: str  # file name
    status_now: ActionStatus
    source: Source
    confidence: float


@dataclass(frozen=True)
class StatusReport:
    """Text in a document that may report on an earlier action: a follow-up candidate."""

    text: str
    status: ActionStatus
    source: Source
    owner: str | None = None  # the responsible named beside it (an "Ansvarig" cell), when there is one


@dataclass(frozen=True)
class DocumentInfo:
    key: str
    name: str
    path: str
    sha256: str
    format: str
    kind: str
    page_count: int | None
    title: str


class ForumLevel(StrEnum):
    """Where a forum sits in the collaboration structure (values are what users read)."""

    CENTRAL = "central"
    SUBREGIONAL_STRATEGIC = "delregional strategisk"
    SUBREGIONAL_OPERATIVE = "delregional operativ"
    SUBREGIONAL = "delregional"
    LOCAL = "lokal"
    NETWORK = "nätverk/arbetsgrupp"


@dataclass(frozen=True)
class MemberRole:
    """A seat a plan expects at a forum's table: a role, for an organisation when one is named."""

    role: str
    organisation: str | None


@dataclass(frozen=True)
class ForumDefinition:
    """A forum as a collaboration plan ("Samverkansplan") defines it. Other forums are named as
    written ("Delregional tjänstemannaberedning på strategisk nivå"); graph.structure resolves them."""

    name: str
    level: ForumLevel | None
    delregion: str | None  # the plan's sub-region ("Nordöstra"), when it names one
    members: tuple[MemberRole, ...]
    chairs: tuple[str, ...]  # roles that chair, as written
    conveners: tuple[str, ...]
    chair_arrangement: str | None  # "alternerar" (rotating), "delat" (shared) or None
    frequency: str | None  # normalised, "2 ggr/termin"; frequency_text keeps the words
    frequency_text: str | None
    mandates: tuple[str, ...]  # each "Uppdrag" line
    reports_to: tuple[str, ...]  # forums as written
    assigns_to: tuple[str, ...]
    assigned_by: tuple[str, ...]  # "Utför uppdrag på begäran av X"
    source: Source


@dataclass(frozen=True)
class FocusArea:
    """A numbered focus area ("1. Personcentrerat …") or sub-area ("a. Samordnad individuell plan …")."""

    number: str  # "1", "1.a"
    title: str
    parent_title: str | None  # the focus area a sub-area belongs to
    source: Source


@dataclass(frozen=True)
class ActivityResult:
    year: int
    text: str


@dataclass(frozen=True)
class Activity:
    """A row of an activity plan: what is done, at which level, when, by whom, measured how."""

    text: str
    level: str  # "central" or "delregional"
    focus_number: str | None  # the (sub-)area it sits under, "1.a"
    focus_title: str | None
    timing: str | None
    responsible: str | None
    indicator: str | None
    results: tuple[ActivityResult, ...]
    plan_year: int | None
    central_activity: str | None  # for a sub-regional activity: the central one it carries out
    source: Source

    @property
    def key(self) -> str:
        return record_key("activity", self.source, f"{self.level}|{self.text}")


@dataclass(frozen=True)
class DocumentRecords:
    document: DocumentInfo
    meeting: Meeting
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    projects: tuple[Project, ...]
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]
    follow_ups: tuple[FollowUp, ...] = ()
    warnings: tuple[str, ...] = ()
    # The collaboration structure of plans and agreements (extractors.nlp.structure).
    forums: tuple[ForumDefinition, ...] = ()
    focus_areas: tuple[FocusArea, ...] = ()
    activities: tuple[Activity, ...] = ()


def record_key(kind: str, source: Source, text: str) -> str:
    """Stable key from document content hash, position and text: survives re-ingesting."""
    digest = hashlib.sha256(f"{source.document_key}|{source.block_index}|{text}".encode()).hexdigest()
    return f"{kind}-{digest[:16]}"
