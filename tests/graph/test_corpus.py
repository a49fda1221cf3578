"""The corpus step kept between runs gives what building everything from scratch gives."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.extract import date_order, extract, status_reports
from extractors.readers import read_document
from graph.build import build_batch
from graph.corpus import CorpusStore, resolution_for, update_corpus
from graph.model import GraphBatch


@pytest.fixture(scope="module")
def extracted(corpus_dir: Path, samples_dir: Path) -> dict:
    """Document key -> (records, reports) for the dev corpus, the seeds and our samples."""
    paths = [*sorted((corpus_dir / "dev").glob("*.docx")), *sorted((corpus_dir / "seeds").glob("*.docx")),
             *sorted(samples_dir.iterdir())]
    found = {}
    for path in paths:
        document = read_document(path)
        found[document.key] = (extract(document), tuple(status_reports(document)))
    return found


def _in_date_order(extracted: dict) -> list[str]:
    return sorted(extracted, key=lambda key: date_order(extracted[key][0]))


def _from_scratch(extracted: dict, keys: list[str]):
    update, _ = update_corpus(None, keys, extracted.__getitem__)
    return update


class Kept(dict):
    """Linked records of earlier runs, as CorpusStore keeps them."""

    def keep(self, update) -> None:
        self.update(update.linked)


def test_adding_documents_one_by_one_gives_the_full_build(extracted: dict) -> None:
    keys = _in_date_order(extracted)
    state, kept = None, Kept()
    rebuilt_per_step = []
    for count in range(1, len(keys) + 1):
        update, state = update_corpus(state, keys[:count], extracted.__getitem__, linked=kept.__getitem__)
        kept.keep(update)
        assert not update.linked_from_scratch
        assert update.read == 1 and list(update.linked) == [keys[count - 1]]  # only the new document
        rebuilt_per_step.append(len(update.rebuilt))
    full = _from_scratch(extracted, keys)
    assert dict(update.fingerprints) == dict(full.fingerprints)
    assert [s.follow_ups for s in update.summaries.values()] == [s.follow_ups for s in full.summaries.values()]
    assert sum(len(s.follow_up_targets) for s in full.summaries.values()) > 5
    assert update.facts == full.facts and full.facts["Action"] > 20
    # Each step builds the new document and the few whose people or projects it touched, not all.
    assert sum(rebuilt_per_step) < len(keys) * len(keys) / 3, rebuilt_per_step


def test_an_older_document_or_a_removed_one_relinks_everything(extracted: dict) -> None:
    keys = _in_date_order(extracted)
    kept = Kept()
    first, state = update_corpus(None, keys[1:], extracted.__getitem__)
    kept.keep(first)
    update, state = update_corpus(state, keys, extracted.__getitem__, linked=kept.__getitem__)
    kept.keep(update)
    assert update.linked_from_scratch and update.read == 1 and len(update.linked) == len(keys)
    assert dict(update.fingerprints) == dict(_from_scratch(extracted, keys).fingerprints)
    without = [k for k in keys if k != keys[len(keys) // 2]]
    update, _ = update_corpus(state, without, extracted.__getitem__, linked=kept.__getitem__)
    assert update.linked_from_scratch and update.read == 0
    assert dict(update.fingerprints) == dict(_from_scratch(extracted, without).fingerprints)


def test_an_unchanged_corpus_builds_nothing_and_a_new_context_rebuilds_all(extracted: dict) -> None:
    keys = _in_date_order(extracted)
    first, state = update_corpus(None, keys, extracted.__getitem__)
    again, state = update_corpus(state, keys, extracted.__getitem__)
    assert not again.rebuilt and again.read == 0 and not again.linked

    def without_decisions(batch: GraphBatch) -> GraphBatch:
        return replace(batch, nodes=tuple(n for n in batch.nodes if n.label != "Decision"))

    changed, _ = update_corpus(state, keys, extracted.__getitem__, linked=Kept(first.linked).__getitem__,
                               finish=lambda batch, _: (without_decisions(batch), None),
                               context=lambda _: "no decisions")
    assert set(changed.rebuilt) == set(keys)
    assert changed.facts["Decision"] == 0 and changed.facts["Action"] == again.facts["Action"] > 0


def test_a_slice_of_the_resolution_builds_the_same_batch(extracted: dict) -> None:
    full = _from_scratch(extracted, _in_date_order(extracted))
    for key, summary in full.summaries.items():
        records = full.linked[key][0]
        assert build_batch(records, resolution_for(summary, full.resolution)).fingerprint() == \
            build_batch(records, full.resolution).fingerprint()


def test_the_store_keeps_state_records_and_batches(tmp_path: Path, extracted: dict) -> None:
    keys = _in_date_order(extracted)
    store = CorpusStore(tmp_path / "corpus")
    assert store.load_state() is None
    update, state = update_corpus(None, keys, extracted.__getitem__)
    store.save(update, state)
    loaded = store.load_state()
    assert loaded is not None and loaded.fingerprints == state.fingerprints
    assert store.batch(keys[0]).fingerprint() == update.fingerprints[keys[0]]
    assert store.linked(keys[-1])[0] == update.linked[keys[-1]][0]
    later, state = update_corpus(loaded, keys[1:], extracted.__getitem__, linked=store.linked)
    store.save(later, state)
    assert later.linked_from_scratch and later.read == 0
    assert not (store.batches / keys[0]).exists() and not (store.records / keys[0]).exists()

    (tmp_path / "corpus" / "state.pickle").write_bytes(b"not a pickle")
    assert store.load_state() is None  # unreadable: built again, never an error

    (tmp_path / "corpus" / "state.pickle").write_bytes(pickle.dumps(replace(state, code="other code")))
    update, _ = update_corpus(store.load_state(), keys, extracted.__getitem__)
    assert update.read == len(keys)  # kept by other code: everything read and built again
