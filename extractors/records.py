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


@dataclass(frozen=True)
class Meeting:
    date: date | None
    forum: str | None
    place: str | None
    agenda: tuple[AgendaItem, ...]
    source: Source | None
    date_reason: str | None = None  # why date is None ("no date in text or file name")
    case_numbers: tuple[str, ...] = ()  # Dnr / diarienummer


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


def record_key(kind: str, source: Source, text: str) -> str:
    """Stable key from document content hash, position and text: survives re-ingesting."""
    digest = hashlib.sha256(f"{source.document_key}|{source.block_index}|{text}".encode()).hexdigest()
    return f"{kind}-{digest[:16]}"
