"""The benchmark corpus generator: names, determinism, and documents the extractor can read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.generate_corpus import DocumentPlan, generate_corpus, plan_corpus
from extractors.extract import extract_paths
from extractors.nlp.gazetteer import first_names
from extractors.records import DocumentRecords

SMALL = {"years": 2, "forums": 1, "meetings_per_year": 3, "plans_per_year": 1, "pages": 2}
NAME = re.compile(r"^(\d{4})-\d{2}-\d{2}_(dtb|aktivitetsplan)_nordostra\.(docx|pdf)$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate_corpus(out, **SMALL)


@pytest.fixture(scope="module")
def plans() -> dict[str, DocumentPlan]:
    return {d.name: d for d in plan_corpus(**SMALL)}


@pytest.fixture(scope="module")
def records(corpus: tuple[Path, list[Path]]) -> dict[str, DocumentRecords]:
    extracted, failures = extract_paths(corpus[1])
    assert failures == []
    return {r.document.name: r for r in extracted}


def _listed(name: str) -> bool:
    """Whether the extractor's list of given names has this person's (``Per-Olof`` counts as ``Per``)."""
    given = name.split()[0]
    return given in first_names() or given.split("-")[0] in first_names()


def test_files_are_named_by_date_and_forum_in_year_folders(corpus) -> None:
    out, paths = corpus
    assert len(paths) == 2 * 1 * (3 + 1)
    assert len(set(paths)) == len(paths)
    for path in paths:
        match = NAME.match(path.name)
        assert match, path.name
        assert path.parent == out / match.group(1)
        assert path.stat().st_size > 0
    kinds = [NAME.match(p.name).group(2) for p in paths]
    assert kinds.count("aktivitetsplan") == 2
    assert {p.suffix for p in paths} == {".docx", ".pdf"}
    assert [p.name for p in paths] == sorted(p.name for p in paths)  # date order
    assert {p.parent.name for p in paths} == {"2024", "2025"}


def test_same_arguments_give_identical_bytes(corpus, tmp_path: Path) -> None:
    out, paths = corpus
    again = generate_corpus(tmp_path / "again", **SMALL, workers=1)  # in process: parallelism changes nothing
    assert [p.relative_to(tmp_path / "again") for p in again] == [p.relative_to(out) for p in paths]
    for first, second in zip(paths, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
    other = plan_corpus(**{**SMALL, "seed": 2})
    assert [d.blocks for d in other] != [d.blocks for d in plan_corpus(**SMALL)]


def test_extractor_finds_the_participants_of_the_first_minutes(plans, records) -> None:
    first = next(d for d in plans.values() if d.kind == "minutes")
    generated = {p.name for p in first.participants}
    extracted = {p.name for p in records[first.name].people if p.attendance is not None}
    # Every generated participant, except those whose given name the extractor's name list lacks
    # (the generator draws a few such names on purpose: Håkan, Staffan, Lisbeth, ...).
    assert extracted == {name for name in generated if _listed(name)}
    by_name = {p.name: p for p in records[first.name].people}
    for participant in first.participants:
        if participant.name in extracted:
            person = by_name[participant.name]
            assert person.organisation == participant.organisation
            assert person.attendance == ("absent" if participant.absent else
                                         "invited" if participant.section == "Inbjudna" else "present")


def test_a_recurring_person_is_extracted_from_several_documents(plans, records) -> None:
    minutes = [d for d in plans.values() if d.kind == "minutes"]
    everywhere = set.intersection(*({p.name for p in d.participants} for d in minutes))
    recurring = sorted(name for name in everywhere if _listed(name))
    assert recurring
    for name in recurring:
        found_in = [d.name for d in minutes if name in {p.name for p in records[d.name].people}]
        assert len(found_in) == len(minutes), (name, found_in)


def test_extractor_finds_the_actions_with_their_owners(plans, records) -> None:
    planned = [a for d in plans.values() if d.kind == "minutes" for a in d.actions]
    assert planned
    found = 0
    for action in planned:
        extracted = records[action.document].actions
        same = [a for a in extracted if action.text.startswith(a.text[:40])]
        assert same, action.text
        found += same[0].owner == action.owner and (action.due is None or same[0].due == action.due)
    # "<Name> ges i uppdrag att ..." leaves the owner unknown to the extractor; the rest come out whole.
    assert found >= 0.75 * len(planned)
    plan_rows = [a for d in plans.values() if d.kind == "plan" for a in d.actions]
    assert plan_rows and all(any(a.text == row.text for a in records[row.document].actions) for row in plan_rows)


def test_extractor_links_a_follow_up_to_the_earlier_action(plans, records) -> None:
    action_text = {a.key: a.text for d in plans.values() for a in d.actions}
    planned = {(d.name, f.action_document, action_text[f.action_key], f.status)
               for d in plans.values() for f in d.follow_ups}
    assert planned
    extracted = {(name, f.earlier_document, f.action_text, str(f.status_now))
                 for name, r in records.items() for f in r.follow_ups}
    assert planned & extracted
