"""Human corrections kept as data: `<home>/corrections.yaml`, applied on every build.

Officials fix what the extractor got wrong (two spellings that are one person, a wrong owner, a
false decision...) by writing statements into a YAML list, by hand or with `minutes-graph correct`.
Every build applies them to a fresh extraction, so re-ingesting never undoes them:

- people and organisations (``merge-people``, ``split-people``, ``set-name``, ``org-alias``) change the
  cross-document resolution, before the graph batches are built (:func:`correct_resolution`);
- actions and decisions (``set-owner``, ``set-due``, ``set-status``, ``reject``) change the built
  batches (:func:`correct_batches`). They name the record by its key (a hash of the document's content,
  position and text) and by its document's file name and text: when the document is changed, the key
  changes but the text still finds the record.

A statement whose target is gone is reported (``CorrectionsReport.stale``), never silently ignored.
Values set by a correction carry ``correction`` (statement ids), ``corrected_by`` and ``corrected_at``
in the graph, so Neo4j Browser users see which facts a human confirmed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from extractors.errors import MinutesGraphError
from extractors.records import DocumentRecords
from graph.keys import fold, organisation_key, person_key
from graph.model import GraphBatch, Label, NodeRow, RelRow, RelType
from graph.resolve import Resolution

FILE_NAME = "corrections.yaml"
REPORT_NAME = "corrections-report.json"  # under state/: what the last build made of each statement
STATUSES = ("open", "in_progress", "done")
HEADER = """\
# Rättelser (corrections) for minutes-graph: every build applies them, re-ingesting never undoes them.
# One list item per statement; `minutes-graph correct ...` appends here, and you may edit by hand.
# Kinds: merge-people, split-people, set-name, org-alias, set-owner, set-due, set-status, reject.
# See the README, section "Corrections".
"""


@dataclass(frozen=True)
class Kind:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


# Per kind: the fields a statement must and may have besides id, kind, by, at, note.
ANCHOR = ("document", "text")  # where an action or decision is found again when its document changed
KINDS: Mapping[str, Kind] = {
    "merge-people": Kind(("people",), ("name",)),
    "split-people": Kind(("person",), ("documents", "names", "name")),  # documents and/or names
    "set-name": Kind(("person", "name")),
    "org-alias": Kind(("alias", "organisation")),
    "set-owner": Kind(("action", "owner"), ("owner_kind", *ANCHOR)),
    "set-due": Kind(("action", "due"), ANCHOR),
    "set-status": Kind(("action", "status"), ("done_on", *ANCHOR)),
    "reject": Kind(("target",), ANCHOR),
}
COMMON = ("id", "kind", "by", "at", "note")
LIST_FIELDS = frozenset({"people", "documents", "names"})
DATE_FIELDS = frozenset({"at", "due", "done_on"})  # not "on": YAML 1.1 reads that key as true


@dataclass(frozen=True)
class Correction:
    """One statement of corrections.yaml."""

    id: str
    kind: str
    by: str
    at: dt.date
    line: int = 0  # where it starts in the file (1-based), for messages
    note: str | None = None
    people: tuple[str, ...] = ()
    person: str | None = None
    documents: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # split-people: the spellings that are someone else
    name: str | None = None
    alias: str | None = None
    organisation: str | None = None
    action: str | None = None
    target: str | None = None
    owner: str | None = None
    owner_kind: str | None = None
    due: dt.date | None = None
    status: str | None = None
    done_on: dt.date | None = None
    document: str | None = None
    text: str | None = None

    @property
    def record_key(self) -> str | None:
        """The action or decision the statement is about."""
        return self.action or self.target

    def summary(self) -> str:
        """What the statement says, in one line."""
        value = {"merge-people": lambda: " + ".join(self.people) + (f" = {self.name}" if self.name else ""),
                 "split-people": lambda: f"{self.person}: {', '.join((*self.names, *self.documents))}"
                                         + (f" = {self.name}" if self.name else ""),
                 "set-name": lambda: f"{self.person} = {self.name}",
                 "org-alias": lambda: f"{self.alias} = {self.organisation}",
                 "set-owner": lambda: f"{self.action}: {self.owner}",
                 "set-due": lambda: f"{self.action}: {self.due}",
                 "set-status": lambda: f"{self.action}: {self.status}" + (f" ({self.done_on})" if self.done_on else ""),
                 "reject": lambda: f"{self.target}"}[self.kind]()
        return value

    def as_yaml_item(self) -> dict[str, Any]:
        item: dict[str, Any] = {"id": self.id, "kind": self.kind}
        for name in (*KINDS[self.kind].required, *KINDS[self.kind].optional):
            value = getattr(self, name)
            if value not in (None, ()):
                item[name] = list(value) if isinstance(value, tuple) else value
        item.update({"by": self.by, "at": self.at})
        if self.note:
            item["note"] = self.note
        return item


class CorrectionsError(MinutesGraphError):
    """corrections.yaml cannot be read: nothing is loaded until it is fixed (the message names the line)."""


# ---------------------------------------------------------------------------------------------- reading


def corrections_path(home: Path) -> Path:
    return home / FILE_NAME


def load_corrections(home: Path) -> tuple[Correction, ...]:
    """The statements of ``<home>/corrections.yaml`` (none when there is no file), validated."""
    path = corrections_path(home)
    if not path.exists():
        return ()
    return parse_corrections(path.read_text(encoding="utf-8"), path)


def parse_corrections(text: str, path: Path | str = FILE_NAME) -> tuple[Correction, ...]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise CorrectionsError(f"{path}{where}: not valid YAML ({problem})") from err
    if root is None:
        return ()
    if not isinstance(root, yaml.SequenceNode):
        raise CorrectionsError(f"{path} line {root.start_mark.line + 1}: expected a list of statements "
                               f"(each starting with '- kind: ...')")
    corrections = [_statement(item, node, index, path) for index, (item, node) in
                   enumerate(zip(data, root.value, strict=True))]
    seen: dict[str, int] = {}
    for correction in corrections:
        if correction.id in seen:
            raise CorrectionsError(f"{path} line {correction.line}: id {correction.id!r} is used twice "
                                   f"(first on line {seen[correction.id]})")
        seen[correction.id] = correction.line
    return tuple(corrections)


def _statement(item: Any, node: yaml.Node, index: int, path: Path | str) -> Correction:
    line = node.start_mark.line + 1

    def fail(problem: str, key: str | None = None) -> CorrectionsError:
        at = _key_line(node, key) if key else line
        return CorrectionsError(f"{path} line {at}: {problem}")

    if not isinstance(item, dict):
        raise fail("a statement must be a mapping like 'kind: set-owner', 'action: ...', 'by: ...', 'at: ...'")
    kind = item.get("kind")
    if kind not in KINDS:
        shown = f"unknown kind {kind!r}" if kind is not None else "no kind"
        raise fail(f"{shown}; expected one of {', '.join(KINDS)}", "kind" if kind is not None else None)
    spec = KINDS[kind]
    allowed = {*COMMON, *spec.required, *spec.optional}
    for key in item:
        if key not in allowed:
            raise fail(f"{kind} has no field {str(key).lower()!r}; it takes {', '.join(sorted(allowed - {'kind'}))}", key)
    for key in ("by", "at", *spec.required):
        if item.get(key) in (None, "", []):
            raise fail(f"{kind} needs '{key}'" + (" (who made the correction)" if key == "by" else
                                                  " (the date, like 2026-11-23)" if key == "at" else ""))
    values: dict[str, Any] = {}
    for key, value in item.items():
        values[key] = _typed(key, value, lambda problem, k=key: fail(problem, k))
    if kind == "merge-people" and len(set(values["people"])) < 2:
        raise fail("merge-people needs at least two different person keys", "people")
    if kind == "split-people" and not (values.get("documents") or values.get("names")):
        raise fail("split-people needs 'documents' (where the other person is named) and/or 'names' "
                   "(how the other person is written)")
    if kind == "set-status" and values["status"] not in STATUSES:
        raise fail(f"status {values['status']!r} is not one of {', '.join(STATUSES)}", "status")
    if kind == "set-owner" and values.get("owner_kind") not in (None, "person", "organisation"):
        raise fail("owner_kind is 'person' or 'organisation'", "owner_kind")
    for key, prefix in (("people", "person-"), ("person", "person-"), ("action", "action-")):
        for value in values.get(key, ()) if key == "people" else [values.get(key)]:
            if value is not None and not value.startswith(prefix):
                raise fail(f"{key} must be a key starting with {prefix!r} (see `minutes-graph review` or "
                           f"the Nyckel column of reports), not {value!r}", key)
    if kind == "reject" and not values["target"].startswith(("action-", "decision-")):
        raise fail(f"reject takes an action or decision key (action-... or decision-...), not {values['target']!r}",
                   "target")
    values.setdefault("id", f"c{index + 1}")
    return Correction(line=line, **values)


def _typed(key: str, value: Any, fail) -> Any:
    if key in DATE_FIELDS:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise fail(f"{key} must be a date like 2026-11-23, not {value!r}") from None
    if key in LIST_FIELDS:
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str | int) for v in items):
            raise fail(f"{key} must be a list of names or keys")
        return tuple(str(v).strip() for v in items)
    if isinstance(value, list | dict):
        raise fail(f"{key} must be a single value, not a {'list' if isinstance(value, list) else 'mapping'}")
    return str(value).strip()


def _key_line(node: yaml.Node, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if getattr(key_node, "value", None) == key:
                return key_node.start_mark.line + 1
    return node.start_mark.line + 1


# ---------------------------------------------------------------------------------------------- writing


def next_id(corrections: Sequence[Correction]) -> str:
    numbers = [int(c.id[1:]) for c in corrections if c.id[:1] == "c" and c.id[1:].isdigit()]
    return f"c{max(numbers, default=len(corrections)) + 1}"


def append_correction(home: Path, correction: Correction) -> Correction:
    """Append one statement to the file, keeping what is there (comments included), after checking
    that the file with it still reads. Returns the statement with its id."""
    path = corrections_path(home)
    existing_text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    existing = parse_corrections(existing_text, path)
    if not correction.id:
        correction = replace(correction, id=next_id(existing))
    block = yaml.safe_dump([correction.as_yaml_item()], allow_unicode=True, sort_keys=False,
                           default_flow_style=False, width=100)
    separator = "" if existing_text.endswith("\n") or not existing_text else "\n"
    new_text = existing_text + separator + block
    parsed = parse_corrections(new_text, path)  # never write a file the next build cannot read
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(new_text, encoding="utf-8")
    temporary.replace(path)
    return parsed[-1]


# ---------------------------------------------------------------------------------------------- applying


@dataclass
class CorrectionsReport:
    """What a build made of each statement: applied, or stale with the reason."""

    applied: list[str] = field(default_factory=list)
    stale: dict[str, str] = field(default_factory=dict)  # id -> why it matched nothing
    people: dict[str, list[Correction]] = field(default_factory=dict)  # person key -> statements about them

    def mark(self, correction: Correction, problem: str | None) -> None:
        if problem:
            self.stale[correction.id] = problem
        else:
            self.applied.append(correction.id)

    def as_json(self, corrections: Sequence[Correction]) -> dict[str, Any]:
        return {"built": dt.datetime.now().isoformat(timespec="seconds"),
                "statements": {c.id: {"summary": c.summary(), "stale": self.stale.get(c.id)} for c in corrections}}


def file_fingerprint(home: Path) -> str | None:
    """SHA-256 of corrections.yaml as it is now (None without one)."""
    path = corrections_path(home)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def save_report(home: Path, corrections: Sequence[Correction], report: CorrectionsReport,
                fingerprint: str | None) -> None:
    """What this build made of each statement, and which version of the file it read."""
    path = home / "state" / REPORT_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {**report.as_json(corrections), "file_sha256": fingerprint}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def changed_since_last_build(home: Path) -> bool:
    """corrections.yaml was edited (or removed) since the graph was last built: rebuild even when no
    document changed."""
    built = load_report(home)
    current = file_fingerprint(home)
    return (built or {}).get("file_sha256") != current if built or current else False


def load_report(home: Path) -> dict[str, Any] | None:
    path = home / "state" / REPORT_NAME
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


PERSON_KINDS = frozenset({"merge-people", "split-people", "set-name", "org-alias"})


def correct_resolution(resolution: Resolution, documents: Mapping[str, str],
                       corrections: Iterable[Correction], report: CorrectionsReport) -> Resolution:
    """The resolution with merges, splits, names and organisation aliases applied, in file order.
    ``documents``: file name -> document key (statements may name documents by file name)."""
    state = _People(resolution, documents)
    for correction in corrections:
        if correction.kind in PERSON_KINDS:
            report.mark(correction, getattr(state, correction.kind.replace("-", "_"))(correction))
    for key, statements in state.touched.items():
        if key in state.names:
            report.people[key] = statements
    return replace(resolution, person_of=state.person_of, person_names=state.names, person_aliases=state.aliases,
                   organisation_of=state.organisation_of, organisation_names=state.organisation_names)


class _People:
    def __init__(self, resolution: Resolution, documents: Mapping[str, str]):
        self.person_of = dict(resolution.person_of)
        self.names = dict(resolution.person_names)
        self.aliases = {k: tuple(v) for k, v in resolution.person_aliases.items()}
        self.organisation_of = dict(resolution.organisation_of)
        self.organisation_names = dict(resolution.organisation_names)
        self.document_key = dict(documents)
        self.redirect: dict[str, str] = {}  # merged-away key -> the key that stayed
        self.touched: dict[str, list[Correction]] = {}

    def current(self, key: str) -> str:
        while key in self.redirect:
            key = self.redirect[key]
        return key

    def touch(self, key: str, correction: Correction) -> None:
        self.touched.setdefault(key, []).append(correction)

    def merge_people(self, c: Correction) -> str | None:
        keys = list(dict.fromkeys(self.current(k) for k in c.people))
        missing = [k for k in c.people if self.current(k) not in self.names]
        if missing:
            return f"no person {', '.join(missing)} any more"
        if len(keys) < 2:
            return "already one person"
        kept, others = keys[0], keys[1:]
        forms = {self.names[k] for k in keys} | {a for k in keys for a in self.aliases[k]}
        for sighting, key in self.person_of.items():
            if key in others:
                self.person_of[sighting] = kept
        self.names[kept] = c.name or self.names[kept]
        self.aliases[kept] = tuple(sorted(forms - {self.names[kept]}))
        for other in others:
            del self.names[other], self.aliases[other]
            self.redirect[other] = kept
        self.touch(kept, c)
        return None

    def split_people(self, c: Correction) -> str | None:
        key = self.current(c.person or "")
        if key not in self.names:
            return f"no person {c.person} any more"
        documents = {self.document_key.get(d, d) for d in c.documents}
        names = {fold(n) for n in c.names}
        moved = [s for s, k in self.person_of.items() if k == key and (not documents or s[0] in documents)
                 and (not names or fold(s[1]) in names)]
        where = ", ".join((*c.names, *c.documents))
        if not moved:
            return f"{c.person} is not named as or in {where}"
        if len(moved) == sum(k == key for k in self.person_of.values()):
            return f"every mention of {c.person} is {where}: nothing left to split from"
        name = c.name or self.names[key]
        new_key, n = person_key(name), 2
        while new_key in self.names:
            new_key, n = f"{person_key(name)}-{n}", n + 1
        for sighting in moved:
            self.person_of[sighting] = new_key
        staying = {name for (doc, name), k in self.person_of.items() if k == key}
        moved_names = {written for _, written in moved}
        self.names[new_key] = name
        self.aliases[new_key] = tuple(sorted(moved_names - {name}))
        self.aliases[key] = tuple(a for a in self.aliases[key] if a in staying or a not in moved_names)
        self.touch(key, c)
        self.touch(new_key, c)
        return None

    def set_name(self, c: Correction) -> str | None:
        key = self.current(c.person or "")
        if key not in self.names:
            return f"no person {c.person} any more"
        old = self.names[key]
        self.names[key] = c.name or old
        self.aliases[key] = tuple(sorted(({*self.aliases[key], old}) - {self.names[key]}))
        self.touch(key, c)
        return None

    def org_alias(self, c: Correction) -> str | None:
        alias, target = c.alias or "", c.organisation or ""
        if alias not in self.organisation_of:
            return f"no document names the organisation {alias!r} any more"
        key = self.organisation_of.get(target) or next(
            (k for k, n in self.organisation_names.items() if fold(n) == fold(target)), organisation_key(target))
        self.organisation_of[alias] = key
        self.organisation_names.setdefault(key, target)
        return None


def correct_batch(batch: GraphBatch, resolution: Resolution, corrections: Iterable[Correction],
                  people: Mapping[str, list[Correction]]) -> tuple[GraphBatch, dict[str, str | None]]:
    """One document's batch corrected, with what became of each statement whose target it holds
    (id -> None when applied, else the problem). ``people``: the person statements of the
    resolution step (``CorrectionsReport.people``), marked on the Person nodes. Built per document so
    that a run which builds only new documents applies the statements that concern them."""
    state = _Batches([batch], resolution, CorrectionsReport(people=dict(people)))
    outcomes = {c.id: state.apply(c) for c in corrections
                if c.kind not in PERSON_KINDS and state.find(c) is not None}
    return state.result()[0], outcomes


def record_outcomes(corrections: Iterable[Correction], outcomes: Iterable[Mapping[str, str | None]],
                    report: CorrectionsReport) -> None:
    """Marks each action or decision statement from the per-document outcomes of every batch: applied
    where a document applied it, stale with the problem (or "gone") where none did."""
    merged: dict[str, str | None] = {}
    for outcome in outcomes:
        for statement_id, problem in outcome.items():
            if merged.get(statement_id, "unset") is not None:
                merged[statement_id] = problem
    for correction in corrections:
        if correction.kind in PERSON_KINDS:
            continue
        if correction.id in merged:
            report.mark(correction, merged[correction.id])
        else:
            report.mark(correction, _Batches([], Resolution({}, {}, {}, {}, {}, {}, {}, {}, {}),
                                             report).apply(correction))


def owners_context(corrections: Iterable[Correction], resolution: Resolution) -> str:
    """Who each set-owner statement names, as the whole resolution finds them: part of every batch's
    digest, so that a batch is built again when the person or group a statement names changes."""
    lookup = _Batches([], resolution, CorrectionsReport())
    return repr([(c.id, lookup.owner(c)) for c in corrections if c.kind == "set-owner"])


def correct_batches(batches: Sequence[GraphBatch], resolution: Resolution, corrections: Iterable[Correction],
                    report: CorrectionsReport) -> list[GraphBatch]:
    """The batches with owners, due dates and statuses set, rejected records removed, and every node
    or relationship a correction set marked with it."""
    state = _Batches(batches, resolution, report)
    for correction in corrections:
        if correction.kind not in PERSON_KINDS:
            report.mark(correction, state.apply(correction))
    return state.result()


PROVENANCE = ("correction", "corrected_by", "corrected_at")


def provenance(statements: Sequence[Correction]) -> dict[str, Any]:
    """The properties saying which statements set a value, who made the last and when."""
    if not statements:
        return dict.fromkeys(PROVENANCE)
    last = max(statements, key=lambda c: (c.at, c.line))
    return {"correction": ", ".join(c.id for c in statements), "corrected_by": last.by,
            "corrected_at": last.at.isoformat()}


class _Batches:
    def __init__(self, batches: Sequence[GraphBatch], resolution: Resolution, report: CorrectionsReport):
        self.resolution = resolution
        self.report = report
        self.nodes = [{(n.label, n.key): dict(n.props) for n in b.nodes} for b in batches]
        self.rels = [list(b.rels) for b in batches]
        self.keys = [b.document_key for b in batches]
        self.where: dict[str, int] = {}  # action/decision key -> batch index
        self.anchor: dict[tuple[str, str], str] = {}  # (document name, text) -> key
        for index, nodes in enumerate(self.nodes):
            name = next((p.get("name") for (label, _), p in nodes.items() if label == Label.DOCUMENT), None)
            for (label, key), props in nodes.items():
                if label in (Label.ACTION, Label.DECISION):
                    self.where[key] = index
                    self.anchor[(name, props.get("text"))] = key
        self.rejected: set[str] = set()
        self.fields: dict[str, list[str]] = {}  # action key -> fields corrected
        self.statements: dict[str, list[Correction]] = {}

    def find(self, c: Correction) -> str | None:
        key = c.record_key or ""
        if key in self.where:
            return key
        return self.anchor.get((c.document, c.text)) if c.document and c.text else None

    def apply(self, c: Correction) -> str | None:
        key = self.find(c)
        if key is None or key in self.rejected:
            where = f" (nor the text in {c.document})" if c.document and c.text else ""
            return f"no {'decision' if (c.record_key or '').startswith('decision-') else 'action'} " \
                   f"{c.record_key}{where} any more" + (" (rejected)" if key in self.rejected else "")
        if c.kind == "reject":
            self.rejected.add(key)
            return None
        if not key.startswith("action-"):
            return f"{key} is not an action"
        props = self.nodes[self.where[key]][(Label.ACTION, key)]
        if c.kind == "set-owner":
            problem = self.set_owner(c, key, props)
            if problem:
                return problem
        elif c.kind == "set-due":
            props["due"] = c.due.isoformat() if c.due else None
        elif c.kind == "set-status":
            props["status"] = c.status
            props["status_confirmed"] = True  # queries prefer it to later follow-ups
            props["closed_on"] = c.done_on.isoformat() if c.done_on and c.status == "done" else None
        self.fields.setdefault(key, []).append(c.kind.removeprefix("set-"))
        self.statements.setdefault(key, []).append(c)
        return None

    def set_owner(self, c: Correction, key: str, props: dict[str, Any]) -> str | None:
        owner = self.owner(c)
        if isinstance(owner, str):
            return owner
        label, owner_key, name = owner
        index = self.where[key]
        self.rels[index] = [r for r in self.rels[index] if not (r.type == RelType.OWNS and r.end_key == key)]
        self.rels[index].append(RelRow(RelType.OWNS, label, owner_key, Label.ACTION, key,
                                       {"doc": self.keys[index], **provenance([c])}))
        node = {"name": name}
        if label == Label.PERSON:
            node["aliases"] = list(self.resolution.person_aliases[owner_key])
        self.nodes[index].setdefault((label, owner_key), {}).update(node)
        props["owner_name"] = props["owner"] = name
        return None

    def owner(self, c: Correction) -> tuple[Label, str, str] | str:
        """The owner named: a person by key, name or alias, else a group or organisation."""
        written = c.owner or ""
        names = self.resolution.person_names
        if c.owner_kind != "organisation":
            if written in names:
                return Label.PERSON, written, names[written]
            matches = sorted({k for k, n in names.items()
                              if fold(written) in {fold(n), *(fold(a) for a in self.resolution.person_aliases[k])}})
            if len(matches) == 1:
                return Label.PERSON, matches[0], names[matches[0]]
            if len(matches) > 1:
                return f"owner {written!r} matches {len(matches)} people ({', '.join(matches)}); give the key"
            if c.owner_kind == "person" or written.startswith("person-"):
                return f"no person {written!r} in the graph"
        org = self.resolution.organisation_of.get(written) or next(
            (k for k, n in self.resolution.organisation_names.items() if fold(n) == fold(written)), None)
        if org is None and c.owner_kind != "organisation":
            return (f"owner {written!r} is neither a person nor an organisation in the graph; "
                    f"add owner_kind: organisation for a new group")
        org = org or organisation_key(written)
        return Label.ORGANISATION, org, self.resolution.organisation_names.get(org, written)

    def result(self) -> list[GraphBatch]:
        batches = []
        for index, nodes in enumerate(self.nodes):
            rows = []
            for (label, key), props in sorted(nodes.items()):
                if key in self.rejected:
                    continue
                if label == Label.PERSON:
                    props = {**props, **provenance(self.report.people.get(key, []))}
                elif key in self.statements:
                    props = {**props, "corrected": self.fields[key], **provenance(self.statements[key])}
                rows.append(NodeRow(label, key, props))
            rels = tuple(r for r in self.rels[index] if r.start_key not in self.rejected
                         and r.end_key not in self.rejected)
            batches.append(GraphBatch(self.keys[index], tuple(rows), rels))
        return batches


def apply_corrections(records: Sequence[DocumentRecords], resolution: Resolution,
                      corrections: Sequence[Correction], build) -> tuple[Resolution, list[GraphBatch],
                                                                          CorrectionsReport]:
    """Both steps around ``build`` (records, resolution -> batches): the pipeline's one call."""
    report = CorrectionsReport()
    corrected = correct_resolution(resolution, {r.document.name: r.document.key for r in records}, corrections,
                                   report)
    batches = correct_batches(build(records, corrected), corrected, corrections, report)
    return corrected, batches, report


__all__ = ["KINDS", "Correction", "CorrectionsError", "CorrectionsReport", "append_correction",
           "apply_corrections", "changed_since_last_build", "correct_batch", "correct_batches", "correct_resolution",
           "corrections_path", "load_corrections", "load_report", "owners_context", "parse_corrections",
           "record_outcomes", "save_report"]
