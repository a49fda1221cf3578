"""The corpus step (link follow-ups, resolve, build batches), kept between runs so that adding this
week's minutes to years of them touches only the new documents.

``CorpusState`` keeps the follow-up linker as it stood after the newest document and, per
document, a small summary (what resolution, building and the checks read of it), the fingerprint
of its batch and a digest of everything that batch was built from. Linked records and batches are
kept one file per document (``CorpusStore``) and read only when needed. The next run:

- links only the new documents when they are all newer than everything linked before (the linker
  only knows the past, so this gives exactly what linking everything again would give); otherwise
  it reads every document's records and links everything again;
- resolves people, organisations and projects across all documents again, from the summaries;
- applies human corrections to the resolution (merges, splits, names, organisation aliases);
- rebuilds a document's batch only when its digest changed: its own links, its slice of the
  resolution (its people's clusters, its organisations and projects, the projects its texts
  mention) or the context (erasures, corrections) differ from the run that built it.

The result is the same as building everything from scratch (``tests/graph/test_corpus.py``).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extractors.extract import date_order
from extractors.nlp import followups
from extractors.nlp.followups import FollowUpLinker
from extractors.records import DocumentRecords, StatusReport
from graph import build, model, resolve
from graph.build import build_batch
from graph.keys import fold, organisation_key
from graph.model import GraphBatch, Label
from graph.resolve import Resolution, ResolutionInput

FACT_LABELS = (Label.DECISION, Label.ACTION)
# A document's records and status reports, as extraction gave them (the linker adds follow-ups).
Extracted = tuple[DocumentRecords, tuple[StatusReport, ...]]


def code_version() -> str:
    """A state kept by other linking, resolving or building code is not reused."""
    digest = hashlib.sha256()
    for module in (followups, resolve, build, model):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class DocumentSummary:
    """What resolution, building and the checks read of a linked document, without its records."""

    order: tuple[date, str]
    name: str
    kind: str
    resolution: ResolutionInput
    written_organisations: tuple[str, ...]  # every organisation name building may look up
    fact_texts: tuple[str, ...]  # decisions' and actions' texts, case-folded (projects they mention)
    follow_ups: str  # the linked follow-ups, as their repr (for the digest)
    follow_up_targets: tuple[tuple[str, str], ...]  # (earlier document, action text)
    plans: bool  # has plan activities: building them reads every project name
    undated: bool  # no meeting date and no reason why
    unsourced: tuple[str, ...]  # decisions and actions without a quote to show
    facts: int  # decisions and actions

    @classmethod
    def of(cls, records: DocumentRecords) -> DocumentSummary:
        written = {name for o in records.organisations for name in (o.name, o.canonical)}
        written |= {p.organisation for p in records.people if p.organisation}
        written |= {a.owner for a in records.actions if a.owner}
        facts = (*records.decisions, *records.actions)
        return cls(date_order(records), records.document.name, records.document.kind,
                   ResolutionInput.of(records), tuple(sorted(written)), tuple(fold(f.text) for f in facts),
                   repr(records.follow_ups), tuple(sorted({(f.earlier_document, f.action_text)
                                                           for f in records.follow_ups})),
                   bool(records.activities), records.meeting.date is None and not records.meeting.date_reason,
                   tuple(f.text for f in facts if not (f.source and f.source.document_key and f.source.quote)),
                   len(facts))


@dataclass
class CorpusState:
    code: str
    linker: FollowUpLinker = field(default_factory=FollowUpLinker)
    summaries: dict[str, DocumentSummary] = field(default_factory=dict)  # document key -> summary, date order
    digests: dict[str, str] = field(default_factory=dict)  # what each document's batch was built from
    fingerprints: dict[str, str] = field(default_factory=dict)
    facts: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # (label, key) in its batch
    notes: dict[str, Any] = field(default_factory=dict)  # what ``finish`` said of each document's batch


@dataclass(frozen=True)
class CorpusUpdate:
    summaries: Mapping[str, DocumentSummary]  # every document, in date order
    resolution: Resolution
    linked: Mapping[str, Extracted]  # documents linked in this run (all, when linked from scratch)
    rebuilt: Mapping[str, GraphBatch]  # document key -> batch built in this run
    fingerprints: Mapping[str, str]  # every document's batch fingerprint, in date order
    linked_from_scratch: bool
    read: int  # documents whose extraction was loaded (new or changed)
    facts: Mapping[str, int]  # label -> distinct Decision and Action nodes over all batches
    notes: Mapping[str, Any]  # document key -> what ``finish`` said of its batch (kept from earlier runs)


def update_corpus(state: CorpusState | None, keys: Iterable[str], load: Callable[[str], Extracted], *,
                  linked: Callable[[str], Extracted] | None = None,
                  correct: Callable[[Resolution, Mapping[str, str]], Resolution] = lambda resolution, _: resolution,
                  finish: Callable[[GraphBatch, Resolution], tuple[GraphBatch, Any]] = lambda batch, _: (batch, None),
                  context: Callable[[Resolution], str] = lambda _: "") -> tuple[CorpusUpdate, CorpusState]:
    """Bring ``state`` (None: nothing kept) up to the documents ``keys`` (document keys). ``load``
    gives the extraction of a document the state does not know; ``linked`` the linked records of
    one it does (``CorpusStore.linked``). Human corrections and erasures come in through three hooks:
    ``correct`` adjusts the resolution (given file name -> document key of every document);
    ``finish`` adjusts each built batch and says something of it (kept per document, returned in
    ``notes``); ``context`` (of the adjusted resolution) must change whenever ``finish`` would
    do something else to a batch it already built. ``state`` is consumed (its linker goes on
    linking): go on from the state returned."""
    code = code_version()
    if state is None or state.code != code:
        state = CorpusState(code)
    keys = list(dict.fromkeys(keys))
    new = {key: load(key) for key in keys if key not in state.summaries}
    linker, just_linked, resumable = _link(state, [k for k in state.summaries if k in set(keys)], new, linked)
    summaries = {**{k: state.summaries[k] for k in keys if k in state.summaries and k not in just_linked},
                 **{k: DocumentSummary.of(records) for k, (records, _) in just_linked.items()}}
    summaries = dict(sorted(summaries.items(), key=lambda item: item[1].order))
    resolution = correct(resolve.resolve_inputs([s.resolution for s in summaries.values()]),
                         {s.name: key for key, s in summaries.items()})
    shared = context(resolution)
    rebuilt, digests, fingerprints, facts, notes = {}, {}, {}, {}, {}
    for key, summary in summaries.items():
        part = resolution_for(summary, resolution)
        digests[key] = _digest(key, summary, part, shared)
        if state.digests.get(key) == digests[key] and key in state.fingerprints:
            fingerprints[key], facts[key], notes[key] = state.fingerprints[key], state.facts[key], state.notes[key]
            continue
        records = just_linked[key][0] if key in just_linked else _require(linked, key)[0]
        rebuilt[key], notes[key] = finish(build_batch(records, part), resolution)
        fingerprints[key] = rebuilt[key].fingerprint()
        facts[key] = tuple((n.label.value, n.key) for n in rebuilt[key].nodes if n.label in FACT_LABELS)
    update = CorpusUpdate(summaries, resolution, just_linked, rebuilt, fingerprints, not resumable, len(new),
                          _fact_counts(facts), notes)
    return update, CorpusState(code, linker, summaries, digests, fingerprints, facts, notes)


def _link(state: CorpusState, kept: list[str], new: Mapping[str, Extracted],
          linked: Callable[[str], Extracted] | None) -> tuple[FollowUpLinker, dict[str, Extracted], bool]:
    """Links the new documents on from the kept linker when they are all newer than everything it
    linked and none went; otherwise links everything again, in date order. Returns the linker, the
    documents linked now (key -> linked records, reports) and whether the kept linker went on."""
    newest = max((state.summaries[k].order for k in kept), default=None)
    resumable = len(kept) == len(state.summaries) and all(
        newest is None or date_order(records) > newest for records, _ in new.values())
    if resumable:
        linker, to_link = state.linker, dict(new)
    else:
        linker, to_link = FollowUpLinker(), {**{k: _require(linked, k) for k in kept}, **new}
    just_linked = {}
    for records, reports in sorted(to_link.values(), key=lambda item: date_order(item[0])):
        just_linked[records.document.key] = (linker.link(records, list(reports)), reports)
    return linker, just_linked, resumable


def _fact_counts(facts: Mapping[str, tuple[tuple[str, str], ...]]) -> dict[str, int]:
    """Distinct Decision and Action nodes over all batches (the graph check compares with these)."""
    distinct = {fact for doc_facts in facts.values() for fact in doc_facts}
    return {label.value: sum(1 for fact_label, _ in distinct if fact_label == label.value) for label in FACT_LABELS}


def _require(linked: Callable[[str], Extracted] | None, key: str) -> Extracted:
    if linked is None:
        raise ValueError(f"the linked records of {key} are needed but no store to read them from was given")
    return linked(key)


def resolution_for(summary: DocumentSummary, resolution: Resolution) -> Resolution:
    """The part of ``resolution`` that building the document's batch reads: building from it gives
    the same batch as building from the whole."""
    doc = summary.resolution.document_key
    person_of = {(doc, name): resolution.person_of[(doc, name)] for name, _ in summary.resolution.people
                 if (doc, name) in resolution.person_of}
    people = sorted(set(person_of.values()))
    written = summary.written_organisations
    organisation_of = {w: resolution.organisation_of[w] for w in written if w in resolution.organisation_of}
    organisation_keys = sorted(set(organisation_of.values()) | {organisation_key(w) for w in written})
    project_of = {folded: key for folded, key in resolution.project_of.items()
                  if any(folded in text for text in summary.fact_texts)}
    project_of.update({fold(name): resolution.project_of[fold(name)] for name in summary.resolution.projects})
    return Resolution(
        person_of=person_of,
        person_names={k: resolution.person_names[k] for k in people},
        person_aliases={k: resolution.person_aliases[k] for k in people},
        organisation_of=organisation_of,
        organisation_names={k: resolution.organisation_names[k] for k in organisation_keys
                            if k in resolution.organisation_names},
        project_of=project_of,
        project_names=dict(resolution.project_names) if summary.plans else
        {k: resolution.project_names[k] for k in sorted(set(project_of.values()))},
        forum_of=dict(resolution.forum_of),  # a plan's forums, and forums named as owners: all of them
        action_of_follow_up={k: resolution.action_of_follow_up[k] for k in summary.follow_up_targets
                             if k in resolution.action_of_follow_up},
    )


def _digest(key: str, summary: DocumentSummary, part: Resolution, context: str) -> str:
    """Dataclass reprs are deterministic and show every field; dicts are compared sorted."""
    payload = [key, summary.follow_ups, context,
               *(repr(sorted(getattr(part, name).items())) for name in Resolution.__dataclass_fields__)]
    return hashlib.sha256("\x1f".join(payload).encode()).hexdigest()


class CorpusStore:
    """Under ``<home>/state/corpus/``: the state in one file, and per document its linked records
    and its batch (read only for the documents a run has to rebuild or the graph lacks)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.batches = folder / "batches"
        self.records = folder / "records"

    def load_state(self) -> CorpusState | None:
        try:
            with open(self.folder / "state.pickle", "rb") as source:
                state = pickle.load(source)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # no state yet, or one this code cannot read: everything is built again
        return state if isinstance(state, CorpusState) else None

    def save(self, update: CorpusUpdate, state: CorpusState) -> None:
        """Per-document files first, the state last: a crash in between leaves the previous state,
        whose digests make the next run build those documents again."""
        for folder, items in ((self.records, update.linked), (self.batches, update.rebuilt)):
            folder.mkdir(parents=True, exist_ok=True)
            for key, item in items.items():
                _write(folder / key, item)
        _write(self.folder / "state.pickle", state)
        (self.folder / "code").write_text(state.code, encoding="ascii")
        for folder in (self.records, self.batches):
            for path in folder.iterdir():
                if path.name not in state.summaries:
                    path.unlink(missing_ok=True)

    def built_by_other_code(self) -> bool:
        """The kept state was built by another version of the linking, resolving or building code
        (minutes-graph was upgraded): the graph should be built again even when no file changed."""
        try:
            kept = (self.folder / "code").read_text(encoding="ascii").strip()
        except OSError:  # no state, or one kept before the code file was written
            if not (self.folder / "state.pickle").exists():
                return False
            state = self.load_state()
            kept = state.code if state is not None else ""  # unreadable: built by other code
        return kept != code_version()

    def batch(self, key: str) -> GraphBatch:
        return _read(self.batches / key)

    def linked(self, key: str) -> Extracted:
        return _read(self.records / key)


def _read(path: Path):
    with open(path, "rb") as source:
        return pickle.load(source)


def _write(path: Path, obj: object) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as out:
        pickle.dump(obj, out, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)
