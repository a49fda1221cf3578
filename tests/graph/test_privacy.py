"""Erasure applied to a document's batch: what goes, what stays, what is blanked."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.extract import extract_paths
from graph.build import build_batches
from graph.model import Label, RelType
from graph.privacy import REDACTED, Erasure, ErasureRegister, RegisterError, apply_erasures
from graph.resolve import resolve

GORAN = Erasure("person-goran-ek", "Göran Ek", (), "2026-11-23")


@pytest.fixture(scope="module")
def april(samples_dir: Path):
    records, _ = extract_paths(sorted(samples_dir.glob("*.docx")))
    batches = build_batches(records, resolve(records))
    return next(b for b, r in zip(batches, records, strict=True) if r.document.name.startswith("2025-04-08"))


def test_the_person_and_their_relationships_go(april) -> None:
    erased = apply_erasures(april, [GORAN])
    assert not any(n.key == GORAN.key for n in erased.nodes)
    assert not any(GORAN.key in (r.start_key, r.end_key) for r in erased.rels)
    assert not any("Göran Ek" in str(value) for n in erased.nodes for value in n.props.values())
    assert not any("Göran Ek" in str(value) for r in erased.rels for value in r.props.values())


def test_an_action_only_they_owned_goes_the_others_stay(april) -> None:
    owners: dict[str, set[str]] = {}
    for rel in april.rels:
        if rel.type == RelType.OWNS:
            owners.setdefault(rel.end_key, set()).add(rel.start_key)
    own = {a for a, by in owners.items() if by == {GORAN.key}}
    others = set(owners) - own
    erased = apply_erasures(april, [GORAN])
    kept = {n.key for n in erased.nodes if n.label == Label.ACTION}
    assert own and not own & kept
    assert others and others <= kept


def test_nothing_changes_without_erasures(april) -> None:
    assert apply_erasures(april, []).fingerprint() == april.fingerprint()


def test_quotes_keep_the_others_and_blank_the_name(april) -> None:
    erased = apply_erasures(april, [GORAN])
    assert any(REDACTED in str(v) for r in erased.rels for v in r.props.values())


def test_register_is_owner_only_and_a_damaged_one_stops_loading(tmp_path: Path) -> None:
    register = ErasureRegister(tmp_path)
    register.add(GORAN)
    register.add(GORAN)  # once per person
    assert register.entries() == (GORAN,)
    assert oct(register.path.stat().st_mode & 0o777) == "0o600"
    register.path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(RegisterError, match="erasures.json"):
        register.entries()
