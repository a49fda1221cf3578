"""What the decision and action finders know about the document they read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from extractors.model import Document
from extractors.records import AgendaItem, Organisation, Person


@dataclass(frozen=True)
class DocumentContext:
    """Built by ``extractors.extract`` before decisions and actions are looked for.

    ``meeting_date`` anchors relative dates ("under våren", "6/2"); ``people`` lets a
    first-name reference ("Ingrid tar frågan vidare") resolve to the full name: the
    agenda item's presenter first, then the participant list.
    """

    document: Document
    meeting_date: date | None
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    agenda: tuple[AgendaItem, ...]
    # block index -> agenda item number the block falls under (None before the first item)
    item_of_block: tuple[str | None, ...]
