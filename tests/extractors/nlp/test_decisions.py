"""Decision rules, each on a few lines of Swedish minutes written for the test."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import extract
from extractors.readers import read_document


def decisions_of(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "protokoll.md"
    path.write_text(text, encoding="utf-8")
    return [(d.text, d.agenda_item) for d in extract(read_document(path)).decisions]


def test_labelled_and_phrased_decisions_with_their_item(tmp_path: Path) -> None:
    found = decisions_of(tmp_path, "Protokoll 2024-05-02\n# 3. Budget\nBeslut: Budgeten fastställs.\n"
                                   "# 4. Lokaler\nMötet beslutar att hyra lokalen i Höör.\n"
                                   "Årsmötet beslutade enligt valberedningens förslag.\n")
    assert found == [("Budgeten fastställs.", "3"), ("Mötet beslutar att hyra lokalen i Höör.", "4"),
                     ("Årsmötet beslutade enligt valberedningens förslag.", "4")]


def test_reported_and_planned_decisions_are_not_decisions(tmp_path: Path) -> None:
    found = decisions_of(tmp_path, "Minnesanteckningar 2024-03-05\n"
                                   "Tjänstemannaberedningen beslutade 240206 att ge gruppen ett uppdrag.\n"
                                   "Region Skåne har beslutat att avveckla tjänsten.\n"
                                   "Förslaget tas fram för beslut i tjänstemannaberedningen i mars.\n")
    assert found == []


def test_proposals_and_verdicts_of_a_protocol(tmp_path: Path) -> None:
    found = decisions_of(tmp_path, "Styrelsemöte 2024-09-23\n## Inköp\nFörslag\n- Styrelsen köper en kaffebryggare.\n"
                                   "- Kassören ordnar betalningen.\nBeslut\n- Attsats 1 bifalles.\n"
                                   "## Val av justerare\nFörslag\n- Anna Berg väljs till justerare.\nBeslut\n"
                                   "- förslaget till beslut bifalles\n")
    assert [text for text, _ in found] == [
        "Styrelsen köper en kaffebryggare. – Attsats 1 bifalles.",
        "Anna Berg väljs till justerare. – förslaget till beslut bifalles",
    ]


def test_a_proposal_without_objection_is_adopted(tmp_path: Path) -> None:
    found = decisions_of(tmp_path, "Höstmöte 2020-11-24\nAnnie föreslår att mötet godkänner dagordningen. "
                                   "Inga motsättningar.\n")
    assert found == [("Annie föreslår att mötet godkänner dagordningen. Inga motsättningar.", None)]


def test_a_stated_decision_beats_the_no_objection_block(tmp_path: Path) -> None:
    found = decisions_of(tmp_path, "Höstmöte 2020-11-24\nEdvard nominerar Gustav Sörnäs. Inga motsättningar. "
                                   "8 röster för. Mötet beslutar att Gustav utses till mötessekreterare.\n")
    assert found == [("Mötet beslutar att Gustav utses till mötessekreterare.", None)]
