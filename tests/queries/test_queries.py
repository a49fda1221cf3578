"""Canned queries on a graph loaded from our samples, and every output format read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from queries.catalog import QueryError, load_catalog, run_query
from queries.render import render, to_csv, to_html, to_markdown


@pytest.fixture
def loaded(samples_graph):
    return samples_graph


def test_every_query_has_a_described_header() -> None:
    for spec in load_catalog().values():
        assert spec.description and spec.description_sv and spec.columns, spec.name


def test_open_actions_hides_done_and_shows_latest_status(loaded) -> None:
    result = run_query(loaded, "open_actions")
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    texts = [r["action"] for r in rows]
    assert not any(t.startswith("Projektplan för Trygg hemgång") for t in texts)  # reported Klar in June
    assert not any(t.startswith("Yasmin tar fram ett förslag till rutin") for t in texts)  # Klar in April
    linnea = next(r for r in rows if r["owner"] == "Linnéa Sjögren")
    assert linnea["status"] == "in_progress" and linnea["due"] == dt.date(2025, 6, 30)
    jonas = next(r for r in rows if r["owner"] == "Jonas Åkesson")
    assert jonas["due"] == dt.date(2025, 10, 15) and jonas["document"] == "2025-06-10_dtb_nordostra.docx"
    yasmin = next(r for r in rows if r["owner"] == "Yasmin Haddad")
    assert yasmin["document"] == "2025-09-16_dtb_nordostra.pdf" and yasmin["page"] == 1
    dues = [r["due"] for r in rows if r["due"]]
    assert dues == sorted(dues)


def test_open_actions_filters(loaded) -> None:
    by_owner = run_query(loaded, "open_actions", {"owner": "åkesson"})
    assert [row[0] for row in by_owner.rows] == ["Jonas Åkesson"]
    by_group = run_query(loaded, "open_actions", {"organisation": "processledarna"})
    assert [row[0] for row in by_group.rows] == ["Processledarna Nära vård"]
    due = run_query(loaded, "open_actions", {"due_before": "2025-09-30"})
    assert {row[0] for row in due.rows} == {"Linnéa Sjögren", "Processledarna Nära vård"}
    assert run_query(loaded, "open_actions", {"forum": "Sydvästra"}).rows == ()


def test_a_limit_keeps_the_first_rows_in_order(loaded) -> None:
    everything = run_query(loaded, "open_actions").rows
    assert len(everything) > 3
    assert run_query(loaded, "open_actions", {"limit": "2"}).rows == everything[:2]
    assert run_query(loaded, "open_actions", {"limit": "0"}).rows == everything
    with pytest.raises(QueryError, match="limit must be 0"):
        run_query(loaded, "open_actions", {"limit": "-1"})


def test_bad_parameters_are_explained(loaded) -> None:
    with pytest.raises(QueryError, match="must be a date"):
        run_query(loaded, "open_actions", {"due_before": "2025-13-01"})
    with pytest.raises(QueryError, match="no parameter 'ägare'"):
        run_query(loaded, "open_actions", {"ägare": "x"})
    with pytest.raises(QueryError, match="no canned query"):
        run_query(loaded, "öppna")


def test_formats_read_back(loaded, tmp_path: Path) -> None:
    result = run_query(loaded, "open_actions")
    parsed = list(csv.reader(io.StringIO(to_csv(result)), delimiter=";"))
    assert parsed[0][:3] == ["owner", "action", "due"] and len(parsed) == len(result.rows) + 1
    assert any("Åkesson" in row[0] for row in parsed)

    render(result, "xlsx", tmp_path / "åtgärder.xlsx")
    sheet = load_workbook(tmp_path / "åtgärder.xlsx").active
    assert sheet["A1"].value == "Ansvarig" and sheet["C1"].value == "Klart senast"
    due_cells = [c.value for c in sheet["C"][1:] if c.value]
    assert all(isinstance(v, dt.datetime) for v in due_cells) and sheet.freeze_panes == "A2"

    render(result, "csv", tmp_path / "åtgärder.csv")
    assert (tmp_path / "åtgärder.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads å ä ö

    rows = json.loads(render(result, "json"))
    assert rows[0]["due"] == "2025-06-30"

    markdown = to_markdown(result)
    assert markdown.startswith("| Ansvarig | Åtgärd |") and "Pågår" in markdown


def test_html_groups_by_owner_and_marks_overdue(loaded) -> None:
    html = to_html(run_query(loaded, "open_actions"), today=dt.date(2025, 10, 1))

    class Collector(HTMLParser):
        def __init__(self):
            super().__init__()
            self.headings, self.overdue, self._in_h2 = [], 0, False

        def handle_starttag(self, tag, attrs):
            self._in_h2 = tag == "h2"
            self.overdue += tag == "tr" and ("class", "overdue") in attrs

        def handle_data(self, data):
            if self._in_h2 and data.strip():
                self.headings.append(data.strip())
            self._in_h2 = False

    collector = Collector()
    collector.feed(html)
    assert any(h.startswith("Jonas Åkesson") for h in collector.headings)
    assert collector.overdue == 2  # Linnéa (2025-06-30) and Processledarna (2025-09-30)
    assert 'lang="sv"' in html
    assert 'href="file://' in html and "2025-06-10_dtb_nordostra.docx</a>" in html
