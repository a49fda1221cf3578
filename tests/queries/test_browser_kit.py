"""The Neo4j Browser kit: a style for every label, and :params lines that set every parameter."""

from __future__ import annotations

import re
from pathlib import Path

from graph.model import Label
from queries.catalog import browser_params, get_query, load_catalog

KIT = Path(__file__).resolve().parents[2] / "queries" / "browser"


def test_style_sheet_has_a_caption_for_every_label() -> None:
    grass = (KIT / "minutes-graph.grass").read_text(encoding="utf-8")
    for label in Label:
        assert re.search(rf"node\.{label.value} \{{[^}}]*caption:", grass), label


def test_params_line_sets_every_parameter() -> None:
    for spec in load_catalog().values():
        line = browser_params(spec)
        for param in spec.params:
            assert f"{param.name}:" in line, (spec.name, param.name)
    assert browser_params(get_query("meeting_summary")) == ':params {date: "2025-06-10", forum: null}'
    assert browser_params(get_query("stale_actions")) == ":params {meetings: 2, limit: 2147483647}"
    assert browser_params(get_query("open_actions"), {"owner": "Åsa"}).startswith(':params {owner: "Åsa"')
