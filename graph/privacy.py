"""Personal data: the right of access (export a person) and erasure (forget a person for good).

Erasure is a register, not a one-off delete: `<home>/erasures.json` lists the people forgotten, and
every build applies it (``apply_erasures``), so re-ingesting the same minutes never brings them back.
Dropped with the person: their node, every relationship of theirs (attendance, roles, presentations,
mentions), and the actions only they owned (the action names them and nobody else). Kept: decisions,
meetings and actions that concern others too; the person's full name is replaced in their quoted text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from graph.errors import GraphStoreError
from graph.keys import fold
from graph.model import GraphBatch, Label, RelType
from graph.statements import statement
from graph.stores.base import GraphStore, rows_as_dicts

REDACTED = "[uppgift borttagen]"
REGISTER_NAME = "erasures.json"


@dataclass(frozen=True)
class Erasure:
    key: str  # the Person node key
    name: str
    aliases: tuple[str, ...]
    erased_on: str  # ISO date
    requested_by: str | None = None


class RegisterError(GraphStoreError):
    """The erasure register cannot be read: nothing is loaded until it is fixed."""


class ErasureRegister:
    """The people forgotten, kept in the home folder (owner-only) so every later build drops them."""

    def __init__(self, home: Path):
        self.path = home / REGISTER_NAME

    def entries(self) -> tuple[Erasure, ...]:
        if not self.path.exists():
            return ()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return tuple(Erasure(e["key"], e["name"], tuple(e.get("aliases", ())), e["erased_on"],
                                 e.get("requested_by")) for e in data["erasures"])
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise RegisterError(f"{self.path}: the erasure register is damaged ({err}); restore it from a "
                                f"backup before loading anything, or forgotten people would come back") from err

    def add(self, erasure: Erasure) -> None:
        kept = [e for e in self.entries() if e.key != erasure.key]
        payload = {"erasures": [asdict(e) for e in [*kept, erasure]]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        os.chmod(temporary, 0o600)
        temporary.replace(self.path)  # atomic: a crash leaves the old register or the new one


def apply_erasures(batch: GraphBatch, erasures: Iterable[Erasure]) -> GraphBatch:
    """The batch without the erased people, the actions only they owned, and their names in text."""
    erasures = tuple(erasures)
    if not erasures:
        return batch
    people = {e.key for e in erasures}
    owners: dict[str, set[str]] = {}
    for rel in batch.rels:
        if rel.type == RelType.OWNS:
            owners.setdefault(rel.end_key, set()).add(rel.start_key)
    actions = {action for action, by in owners.items() if by <= people}
    dropped = {(Label.PERSON, key) for key in people} | {(Label.ACTION, key) for key in actions}
    redact = _redactor([name for e in erasures for name in (e.name, *e.aliases) if " " in name])
    nodes = tuple(replace(n, props=_redacted(n.props, redact)) for n in batch.nodes
                  if (n.label, n.key) not in dropped)
    rels = tuple(replace(r, props=_redacted(r.props, redact)) for r in batch.rels
                 if (r.start_label, r.start_key) not in dropped and (r.end_label, r.end_key) not in dropped)
    return GraphBatch(batch.document_key, nodes, rels)


def _redactor(names: list[str]):
    if not names:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)), re.IGNORECASE)
    return lambda text: pattern.sub(REDACTED, text)


def _redacted(props: Mapping[str, Any], redact) -> dict[str, Any]:
    return {k: redact(v) if isinstance(v, str) else [redact(x) if isinstance(x, str) else x for x in v]
            if isinstance(v, list) else v for k, v in props.items()}


def find_people(store: GraphStore, name: str) -> list[dict[str, Any]]:
    """People whose name or an alias matches ``name`` (case and accents ignored; a key matches too)."""
    columns, rows = store.read(statement("person_candidates"))
    wanted = fold(name.strip())
    people = rows_as_dicts(columns, rows)
    exact = [p for p in people if p["key"] == name or wanted in {fold(p["name"]), *(fold(a) for a in p["aliases"] or [])}]
    return exact or [p for p in people if wanted and wanted in fold(p["name"])]


def export_person(store: GraphStore, key: str) -> dict[str, Any]:
    """Everything stored about one person: the node, each relationship with what it leads to, and the
    actions they own with their follow-ups (the right of access)."""
    columns, rows = store.read(statement("person_export"), {"key": key})
    if not rows:
        raise GraphStoreError(f"no person with key {key!r} in the graph")
    facts = rows_as_dicts(columns, rows)
    person = facts[0]["person"]
    return {
        "person": person,
        "exported_on": dt.date.today().isoformat(),
        "facts": [{k: _jsonable(v) for k, v in fact.items() if k != "person"} for fact in facts
                  if fact["relationship"] is not None],
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


__all__ = ["REDACTED", "Erasure", "ErasureRegister", "RegisterError", "apply_erasures", "export_person",
           "find_people"]
