"""Corrections on the dev corpus: one statement for each kind of extraction error, then the canned
queries give the gold answers for those items.

The one error of these kinds the extractor still makes on the seven dev DOCX is a missing due date
("till nästa möte 16/4"); the wrong due date of a plan row and a false action it made before are
fixed, and the set-due statement on that plan row now confirms the right date. For the other kinds,
sentences are added to the 2025-03-11 minutes (written into a copy with python-docx) that it
demonstrably gets wrong, as it would in other minutes: a national agency's plan reported for
information (taken as an action; gold: none), a task given by one person to another by given name
only, with two Petras in the document (owner left as "Petra", a person of her own; gold: Petra Nordin), a decision of another forum quoted in the minutes (extracted as the meeting's
decision; gold: none), a task reported done in the same sentence (status open; gold: done), and a
person under a new surname (a second person; gold: Petra Nordin). A wrong merge is made by a mistaken
human statement (Sofia Rydén and Sara Blomqvist merged) that a later statement splits again: the
order of statements is the order they apply in.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import docx
import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.corrections import apply_corrections, parse_corrections
from graph.evaluate import score_people
from graph.load import sync
from graph.resolve import resolve
from graph.stores.falkordb import FalkorDBStore
from tests.fixtures.graphs import rows

LATEST = "2025-03-11_dtb_sydvastra.docx"
GIVEN_TASK = "Johan Ekdahl ger Petra i uppdrag att ta fram en gemensam rutin senast 2025-05-31."
QUOTED_DECISION = "I protokollet från Central samverkan står: Beslut fattas att regionens tolkrutin gäller även kommunerna."
DONE_TASK = "Emma sammanställer granskarnas namn. Klar."
NEW_SURNAME = "Petra Nordin Holm (tidigare Nordin) presenterade läget i Trelleborg."
DUE_2023 = "Processledarna Nära vård tar fram förslag till reviderad delregional aktivitetsplan"
TEMPLATE = "Birgitta tar fram en granskningsmall till nästa möte 16/4."
FALSE_ACTION = "Socialstyrelsen ska ta fram nya föreskrifter under året."


@pytest.fixture(scope="module")
def dev_records(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path):
    folder = tmp_path_factory.mktemp("dev")
    for path in sorted((corpus_dir / "dev").glob("*.docx")):
        shutil.copy(path, folder)
    latest = docx.Document(str(folder / LATEST))
    for sentence in (FALSE_ACTION, GIVEN_TASK, QUOTED_DECISION, DONE_TASK, NEW_SURNAME):
        latest.add_paragraph(sentence)
    latest.save(str(folder / LATEST))
    records, errors = extract_paths(sorted(folder.glob("*.docx")))
    assert not errors
    return records


def key_of(records, kind: str, starts: str) -> tuple[str, str, str]:
    """(key, document name, text) of the action or decision whose text starts with ``starts``."""
    for record in records:
        for fact in getattr(record, kind):
            if fact.text.startswith(starts):
                return fact.key, record.document.name, fact.text
    raise AssertionError(f"no {kind} starting {starts!r}")


def corrections_for(records) -> str:
    """The statements an official would write, as YAML (the file's own format)."""
    def action(starts: str, kind: str = "actions") -> str:
        key, document, text = key_of(records, kind, starts)
        return f"  {'action' if kind == 'actions' else 'target'}: {key}\n  document: {document}\n  text: {json.dumps(text, ensure_ascii=False)}\n"

    by = "  by: Anna Berg (sekreterare)\n  at: 2026-11-20\n"
    return (
        "# Rättelser, DTB Sydvästra\n"
        f"- kind: set-due\n{action(DUE_2023)}  due: 2023-12-31\n{by}  note: hösten is the end of the year (confirmed)\n"
        f"- kind: set-due\n{action(TEMPLATE)}  due: 2024-04-16\n{by}"
        f"- kind: reject\n  target: {key_of(records, 'actions', FALSE_ACTION)[0]}\n{by}"
        f"- kind: set-owner\n{action(GIVEN_TASK)}  owner: Petra Nordin\n{by}"
        f"- kind: reject\n{action('I protokollet från Central samverkan', 'decisions')}{by}"
        f"- kind: set-status\n{action('Emma sammanställer granskarnas namn')}  status: done\n  done_on: 2025-03-11\n{by}"
        f"- kind: merge-people\n  people: [person-petra-nordin, person-petra-nordin-holm]\n  name: Petra Nordin\n{by}"
        f"- kind: merge-people\n  people: [person-petra-nordin, person-petra]\n  name: Petra Nordin\n{by}"
        "- kind: merge-people\n  people: [person-sofia-ryden, person-sara-blomqvist]\n  by: Kalle (misstag)\n"
        "  at: 2026-11-19\n"
        "- kind: split-people\n  person: person-sofia-ryden\n  names: [Sara Blomqvist]\n  name: Sara Blomqvist\n"
        f"{by}"
    )


@pytest.fixture(scope="module")
def corrected_graph(dev_records, tmp_path_factory: pytest.TempPathFactory):
    corrections = parse_corrections(corrections_for(dev_records))
    resolution, batches, report = apply_corrections(dev_records, resolve(dev_records), corrections, build_batches)
    assert report.stale == {} and len(report.applied) == len(corrections)
    store = FalkorDBStore(tmp_path_factory.mktemp("corrected-dev"))
    sync(store, batches)
    yield store, resolution
    store.server.stop()



def test_the_errors_are_there_without_corrections(dev_records) -> None:
    """The premise: each kind of error is made when nothing is corrected."""
    resolution = resolve(dev_records)
    batches = {b.document_key: b for b in build_batches(dev_records, resolution)}
    actions = {n.props["text"]: n.props for b in batches.values() for n in b.nodes if n.label == "Action"}
    assert next(p for t, p in actions.items() if t.startswith(DUE_2023))["due"] == "2023-12-31"  # right now
    assert actions[TEMPLATE]["due"] is None
    assert any(t.startswith(FALSE_ACTION) for t in actions)
    # "Petra" alone, with two Petras in the document, is left a person of her own: not the gold owner
    assert next(p for t, p in actions.items() if t.startswith("Johan Ekdahl ger Petra"))["owner"] == "Petra"
    assert next(p for t, p in actions.items() if t.startswith("Emma sammanställer gransk"))["status"] == "open"
    assert any(d.text.startswith("I protokollet") for r in dev_records for d in r.decisions)
    assert {"person-petra-nordin", "person-petra-nordin-holm"} <= set(resolution.person_names)


def test_due_dates_set(corrected_graph) -> None:
    store, _ = corrected_graph
    history = rows(store, "action_history", text="granskningsmall till nästa möte")
    assert history[0]["event"] == "raised"
    due = {r["action"]: r["due"] for r in rows(store, "actions_without_owner_or_due")}
    assert TEMPLATE not in due  # it has a due date now
    open_rows = {r["action"]: r for r in rows(store, "open_actions")}
    assert open_rows[TEMPLATE]["due"] == dt.date(2024, 4, 16)
    assert open_rows[TEMPLATE]["confirmed"] == "Anna Berg (sekreterare)"
    plan = rows(store, "action_history", text=DUE_2023)
    assert any(r["event"] == "corrected by Anna Berg (sekreterare)" for r in plan)
    _, found = store.read("MATCH (a:Action) WHERE a.text STARTS WITH $t RETURN a.due, a.corrected", {"t": DUE_2023})
    assert found == [[dt.date(2023, 12, 31), ["due"]]]


def test_false_action_and_false_decision_are_gone(corrected_graph) -> None:
    store, _ = corrected_graph
    assert not any(r["action"].startswith(FALSE_ACTION) for r in rows(store, "open_actions"))
    decisions = [r["decision"] for r in rows(store, "decision_log")]
    assert not any(d.startswith("I protokollet") for d in decisions)
    assert any(d.startswith("Beslut fattas att förlänga piloten Trygg hemgång") for d in decisions)


def test_owner_set(corrected_graph) -> None:
    store, _ = corrected_graph
    task = next(r for r in rows(store, "open_actions") if r["action"] == GIVEN_TASK)
    assert (task["owner"], task["confirmed"]) == ("Petra Nordin", "Anna Berg (sekreterare)")
    owned = [r for r in rows(store, "who_owns_what", name="Petra Nordin") if r["relation"] == "owns action"]
    assert any(r["what"] == GIVEN_TASK for r in owned)


def test_status_set_and_it_wins_over_follow_ups(corrected_graph) -> None:
    store, _ = corrected_graph
    assert not any(r["action"].startswith("Emma sammanställer granskarnas") for r in rows(store, "open_actions"))
    history = rows(store, "action_history", text="Emma sammanställer granskarnas namn")
    assert {r["status"] for r in history} == {"done"}


def test_missed_merge_merged(corrected_graph) -> None:
    store, resolution = corrected_graph
    people = {r["name"] for r in rows(store, "who_owns_what", name="Petra Nordin")}
    assert people == {"Petra Nordin"}
    assert "Petra Nordin Holm" in resolution.person_aliases["person-petra-nordin"]
    _, found = store.read("MATCH (p:Person {key: 'person-petra-nordin'}) RETURN p.corrected_by, p.correction")
    assert found == [["Anna Berg (sekreterare)", "c7, c8"]]  # both merges into her


def test_wrong_merge_split_again(corrected_graph, dev_records, corpus_dir: Path) -> None:
    store, resolution = corrected_graph
    assert {r["name"] for r in rows(store, "who_owns_what", name="Blomqvist")} == {"Sara Blomqvist"}
    assert {r["name"] for r in rows(store, "who_owns_what", name="Rydén")} == {"Sofia Rydén"}
    gold = json.loads((corpus_dir / "dev" / "gold_corpus.json").read_text(encoding="utf-8"))
    score = score_people(dev_records, resolution, gold)
    assert (score.precision, score.recall) == (1.0, 1.0)
    mistaken = parse_corrections(corrections_for(dev_records).split("- kind: split-people")[0])
    merged_wrongly, _, _ = apply_corrections(dev_records, resolve(dev_records), mistaken, build_batches)
    assert score_people(dev_records, merged_wrongly, gold).precision < 1.0
