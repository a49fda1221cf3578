"""Entity resolution across documents (networkx): one node per real person, organisation,
project and forum, and follow-up links from later documents to the actions they report on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
from rapidfuzz.distance import Levenshtein

from extractors.records import DocumentRecords
from graph.build_structure import resolve_forums
from graph.keys import fold, organisation_key, person_key, project_key

# A sighting of a person: (document key, name as the document's person record gives it).
Sighting = tuple[str, str]


@dataclass(frozen=True)
class Resolution:
    person_of: dict[Sighting, str]  # sighting -> person key
    person_names: dict[str, str]  # person key -> canonical name
    person_aliases: dict[str, tuple[str, ...]]
    organisation_of: dict[str, str]  # name as written or canonical -> organisation key
    organisation_names: dict[str, str]
    project_of: dict[str, str]  # folded name -> project key
    project_names: dict[str, str]
    forum_of: dict[str, str]  # forum name -> forum key
    action_of_follow_up: dict[tuple[str, str], str]  # (earlier document name, action text) -> action key

    def person(self, document_key: str, name: str) -> str | None:
        return self.person_of.get((document_key, name))


@dataclass(frozen=True)
class ResolutionInput:
    """What resolution reads of a document; kept between runs in place of its records."""

    document_key: str
    document_name: str
    people: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases)
    organisations: tuple[tuple[str, str], ...]  # (as written, canonical)
    projects: tuple[str, ...]
    forum: str | None
    actions: tuple[tuple[str, str], ...]  # (text, key)
    plan_forums: tuple[tuple[str, str | None], ...] = ()  # forums a plan defines: (name, sub-region)

    @classmethod
    def of(cls, records: DocumentRecords) -> ResolutionInput:
        return cls(records.document.key, records.document.name,
                   tuple((p.name, p.aliases) for p in records.people),
                   tuple((o.name, o.canonical) for o in records.organisations),
                   tuple(p.name for p in records.projects), records.meeting.forum,
                   tuple((a.text, a.key) for a in records.actions),
                   tuple((f.name, f.delregion) for f in records.forums))


def resolve(records: Sequence[DocumentRecords]) -> Resolution:
    return resolve_inputs([ResolutionInput.of(r) for r in records])


def resolve_inputs(inputs: Sequence[ResolutionInput]) -> Resolution:
    person_of, names, aliases = _resolve_people(inputs)
    organisation_of, organisation_names = _resolve_organisations(inputs)
    project_of, project_names = _resolve_projects(inputs)
    # meetings' forums and the forums plans define
    forums = resolve_forums([f for i in inputs for f in i.plan_forums], [i.forum for i in inputs if i.forum])
    actions = {(i.document_name, text): key for i in inputs for text, key in i.actions}
    return Resolution(person_of, names, aliases, organisation_of, organisation_names, project_of, project_names,
                      forums, actions)


def similar_names(a: str, b: str) -> bool:
    """Same given name and a surname that is equal, or a small misspelling of it, or the name
    without a middle name ("Maria Popoola" ~ "Maria Zinatbakhsh Popoola")."""
    ta, tb = fold(a).split(), fold(b).split()
    if len(ta) < 2 or len(tb) < 2 or ta[0] != tb[0]:
        return False
    if ta[-1] == tb[-1]:
        return True
    shorter = min(len(ta[-1]), len(tb[-1]))
    return shorter >= 5 and Levenshtein.distance(ta[-1], tb[-1]) <= (2 if shorter >= 7 else 1)


def _resolve_people(inputs: Sequence[ResolutionInput]):
    """Sightings with the same given name are linked when they share a spelling (their name or an
    alias) across documents, or when their names are similar; clusters are then split where one
    document names two of them. Linking goes through indexes, not all pairs, so that years of
    minutes resolve in seconds."""
    graph = nx.Graph()
    forms: dict[Sighting, set[str]] = {}
    aliases_of: dict[Sighting, set[str]] = {}
    for document in inputs:
        for name, person_aliases in document.people:
            sighting = (document.document_key, name)
            graph.add_node(sighting)
            forms[sighting] = {fold(name), *(fold(a) for a in person_aliases if " " in a)}
            aliases_of.setdefault(sighting, set()).update(person_aliases)
    by_given_name: dict[str, list[Sighting]] = {}
    for sighting in sorted(graph.nodes):
        by_given_name.setdefault(fold(sighting[1]).split()[0], []).append(sighting)  # blocking key
    for block in by_given_name.values():
        _link_shared_forms(graph, block, forms)
        _link_similar_names(graph, block)
    person_of: dict[Sighting, str] = {}
    names: dict[str, str] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    for component in nx.connected_components(graph):
        for cluster in _split_conflicts(sorted(component)):
            counts = Counter(name for _, name in cluster)
            canonical = max(counts, key=lambda n: (counts[n], len(n.split()), len(n), n))
            key = person_key(canonical)
            names[key] = canonical
            record_aliases = {a for sighting in cluster for a in aliases_of[sighting]}
            aliases[key] = tuple(sorted(({n for _, n in cluster} | record_aliases) - {canonical}))
            for sighting in cluster:
                person_of[sighting] = key
    return person_of, names, aliases


def _link_shared_forms(graph: nx.Graph, block: list[Sighting], forms: dict[Sighting, set[str]]) -> None:
    """Sightings in different documents sharing a spelling are one person: with two or more
    documents behind a spelling, all its sightings end up connected."""
    by_form: dict[str, list[Sighting]] = {}
    for sighting in block:
        for form in forms[sighting]:
            by_form.setdefault(form, []).append(sighting)
    for sharing in by_form.values():
        if len({document for document, _ in sharing}) > 1:
            first = next(s for s in sharing if s[0] != sharing[0][0])
            graph.add_edges_from((s, first if s[0] != first[0] else sharing[0]) for s in sharing)


def _link_similar_names(graph: nx.Graph, block: list[Sighting]) -> None:
    """Distinct names that are small variants of each other, seen in different documents."""
    by_name: dict[str, list[Sighting]] = {}
    for sighting in block:
        by_name.setdefault(sighting[1], []).append(sighting)
    distinct = sorted(by_name)
    for i, a in enumerate(distinct):
        for b in distinct[i + 1:]:
            if similar_names(a, b):
                pair = next(((x, y) for x in by_name[a] for y in by_name[b] if x[0] != y[0]), None)
                if pair is not None:
                    graph.add_edge(*pair)


def _split_conflicts(component: list[Sighting]) -> list[list[Sighting]]:
    """Guard against chaining: two different names of one document are two people."""
    clusters: list[list[Sighting]] = []
    # Per cluster, its documents and its distinct spellings: a person seen in hundreds of minutes
    # is compared by a handful of spellings, not by every sighting.
    documents: list[set[str]] = []
    spellings: list[set[str]] = []
    for sighting in sorted(component, key=lambda s: (-len(s[1].split()), s)):
        document, name = sighting
        home = next((i for i in range(len(clusters)) if document not in documents[i]
                     and any(fold(n) == fold(name) or similar_names(n, name) for n in spellings[i])), None)
        if home is None:
            clusters.append([sighting])
            documents.append({document})
            spellings.append({name})
        else:
            clusters[home].append(sighting)
            documents[home].add(document)
            spellings[home].add(name)
    return clusters


def _resolve_organisations(inputs: Sequence[ResolutionInput]):
    organisation_of: dict[str, str] = {}
    names: dict[str, str] = {}
    for document in inputs:
        for written, canonical in document.organisations:
            key = organisation_key(canonical)
            names.setdefault(key, canonical)
            organisation_of[written] = key
            organisation_of[canonical] = key
    return organisation_of, names


def _resolve_projects(inputs: Sequence[ResolutionInput]):
    project_of: dict[str, str] = {}
    names: dict[str, str] = {}
    for document in inputs:
        for name in document.projects:
            key = project_key(name)
            names.setdefault(key, name)
            project_of[fold(name)] = key
    return project_of, names
