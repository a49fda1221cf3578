"""The public JSON view of extraction: the shape of ../shared/corpus/SCHEMA.md."""

from __future__ import annotations

from typing import Any

from extractors.records import DocumentRecords


def to_schema(records: DocumentRecords) -> dict[str, Any]:
    meeting = records.meeting
    return {
        "document": records.document.name,
        "kind": records.document.kind,
        "meeting": {
            "date": meeting.date.isoformat() if meeting.date else None,
            "forum": meeting.forum,
            "place": meeting.place,
        },
        "people": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "roles": list(p.roles),
                "organisation": p.organisation,
                "attendance": str(p.attendance) if p.attendance else None,
            }
            for p in records.people
        ],
        "organisations": [o.name for o in records.organisations],
        "projects": [p.name for p in records.projects],
        "decisions": [{"text": d.text, "agenda_item": d.agenda_item} for d in records.decisions],
        "actions": [
            {
                "text": a.text,
                "owner": a.owner,
                "due": a.due.isoformat() if a.due else None,
                "status": str(a.status),
            }
            for a in records.actions
        ],
        "follow_ups": [
            {"action": f.action_text, "earlier_document": f.earlier_document, "status_now": str(f.status_now)}
            for f in records.follow_ups
        ],
    }
