"""Swedish due dates, pinned to a day relative to the meeting (corpus README conventions)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.nlp.dates import parse_date, parse_due

MEETING = date(2024, 1, 18)


@pytest.mark.parametrize("text, expected", [
    ("förslag på namn senast siste februari", date(2024, 2, 29)),
    ("Skrivelse till Skånes kommuner under våren.", date(2024, 6, 30)),
    ("redovisas hösten 2024", date(2024, 12, 31)),
    ("kallade till möte 240124", date(2024, 1, 24)),
    ("Tas upp i operativa gruppen 6/2.", date(2024, 2, 6)),
    ("från och med 1/1 -24", date(2024, 1, 1)),
    ("senast 2024 12 31", date(2024, 12, 31)),
    ("klart v. 12", date(2024, 3, 22)),
    ("behandlas i mars", date(2024, 3, 31)),
    ("Q3 2025", date(2025, 9, 30)),
    ("September 2024 – februari 2025", date(2025, 2, 28)),
    ("klar senast 230930", date(2023, 9, 30)),
    ("senast 30/4", date(2024, 4, 30)),
    ("den 18 mars 2024", date(2024, 3, 18)),
    ("under 2025", date(2025, 12, 31)),
    ("styrelsen konstituerar sig inom tre månader", date(2024, 4, 18)),
    ("svar inom 2 veckor", date(2024, 2, 1)),
])
def test_due_dates(text: str, expected: date) -> None:
    assert parse_due(text, MEETING)[0] == expected


@pytest.mark.parametrize("text", ["till nästa möte", "Marie återkommer längre fram", "Löpande", "Frågan lyfts",
                                  "hur våra studenter upplever insparken", "till nästkommande styrelsemöte",
                                  "presenteras vid nästa stämma", "inför näst-nästa styrelsemöte"])
def test_no_due_date(text: str) -> None:
    assert parse_due(text, MEETING) == (None, None)


def test_spring_said_in_autumn_means_next_spring() -> None:
    assert parse_due("återkommer under våren", date(2022, 11, 8))[0] == date(2023, 6, 30)


def test_meeting_dates() -> None:
    assert parse_date("DATUM 2024-01-18") == date(2024, 1, 18)
    assert parse_date("18 januari 2024") == date(2024, 1, 18)
    assert parse_date("240118") == date(2024, 1, 18)
    assert parse_date("inget datum här") is None


@given(st.text(max_size=200), st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)))
def test_parsers_never_raise(text: str, meeting: date) -> None:
    due, words = parse_due(text, meeting)
    assert due is None or isinstance(due, date)
    assert (due is None) == (words is None) or words is not None
    parse_date(text)
