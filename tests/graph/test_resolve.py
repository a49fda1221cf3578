"""Entity resolution rules on small hand-made records."""

from __future__ import annotations

from datetime import date

from extractors.records import (
    Attendance,
    DocumentInfo,
    DocumentRecords,
    Meeting,
    Person,
    Source,
)
from graph.keys import person_key, slug
from graph.resolve import resolve, similar_names


def _person(name: str, doc: str, aliases: tuple[str, ...] = (), organisation: str | None = None) -> Person:
    return Person(name, aliases, (), organisation, Attendance.PRESENT, None, False, 0.95,
                  (Source(doc, 0, name),))


def _records(doc: str, day: date, *people: Person) -> DocumentRecords:
    info = DocumentInfo(doc, f"{doc}.docx", f"/in/{doc}.docx", doc * 4, "docx", "minutes", None, "Minnesanteckningar")
    return DocumentRecords(info, Meeting(day, "Operativ arbetsgrupp Sydvästra", None, (), None), people, (), (), (),
                           ())


def test_misspelt_surname_and_missing_middle_name_join_across_documents() -> None:
    records = [
        _records("d1", date(2024, 1, 18), _person("Ingrid Vesterberg", "d1"), _person("Maria Zinatbakhsh Popoola", "d1")),
        _records("d2", date(2024, 3, 1), _person("Ingrid Westerberg", "d2"), _person("Maria Popoola", "d2")),
        _records("d3", date(2024, 5, 1), _person("Ingrid Vesterberg", "d3")),
    ]
    resolution = resolve(records)
    assert resolution.person("d2", "Ingrid Westerberg") == resolution.person("d1", "Ingrid Vesterberg")
    assert resolution.person_names[resolution.person("d2", "Ingrid Westerberg")] == "Ingrid Vesterberg"
    assert resolution.person("d2", "Maria Popoola") == person_key("Maria Zinatbakhsh Popoola")


def test_two_people_side_by_side_are_never_merged() -> None:
    records = [
        _records("d1", date(2024, 1, 18), _person("Ingrid Westerlund", "d1"), _person("Ingrid Vesterberg", "d1")),
        _records("d2", date(2024, 2, 1), _person("Ingrid Westerberg", "d2")),
    ]
    resolution = resolve(records)
    assert resolution.person("d1", "Ingrid Westerlund") != resolution.person("d1", "Ingrid Vesterberg")
    assert resolution.person("d2", "Ingrid Westerberg") == resolution.person("d1", "Ingrid Vesterberg")


def test_different_given_names_or_distant_surnames_stay_apart() -> None:
    assert not similar_names("Anna Berg", "Anne Berg")
    assert not similar_names("Karin Nilsson", "Karin Olsson")
    assert similar_names("Elina Opsiak", "Elina Opasiak")
    assert similar_names("Åsa Öberg", "Asa Oberg")


def test_keys_are_deterministic_and_fold_swedish_letters() -> None:
    assert slug("Åsa Öberg-Ärlig") == "asa-oberg-arlig"
    records = [_records("d1", date(2024, 1, 1), _person("Åsa Öberg", "d1"))]
    assert resolve(records).person("d1", "Åsa Öberg") == resolve(list(records)).person("d1", "Åsa Öberg")


def test_gold_people_pairwise_on_the_corpus(corpus_dir) -> None:
    """Pairwise same-person decisions on the dev corpus, from extraction to resolution."""
    import json
    from itertools import combinations

    from extractors.extract import extract_paths

    gold = json.loads((corpus_dir / "dev" / "gold_corpus.json").read_text(encoding="utf-8"))
    records, _ = extract_paths(sorted((corpus_dir / "dev").glob("*.docx")))
    resolution = resolve(records)
    by_doc = {r.document.name: r.document.key for r in records}
    gold_id: dict[tuple[str, str], str] = {}
    for person in gold["people"]:
        forms = {person["name"], *person["aliases"]}
        for entry in person["history"]:
            gold_id[(entry["document"], person["name"])] = person["name"]
            for form in forms:
                gold_id.setdefault((entry["document"], form), person["name"])
    sightings = [(name, p.name) for r in records for name in [r.document.name] for p in r.people
                 if (name, p.name) in gold_id]
    true_pairs = predicted_pairs = agree = 0
    for a, b in combinations(sightings, 2):
        same_gold = gold_id[a] == gold_id[b]
        same_predicted = resolution.person(by_doc[a[0]], a[1]) == resolution.person(by_doc[b[0]], b[1])
        true_pairs += same_gold
        predicted_pairs += same_predicted
        agree += same_gold and same_predicted
    assert agree / predicted_pairs >= 0.95
    assert agree / true_pairs >= 0.95
