"""Swedish dates: absolute dates in many spellings, and due dates relative to a meeting.

Conventions (../shared/corpus/dev/README.md): a period pins to its last day ("under
våren" -> June 30, "hösten 2024" -> Dec 31, "i maj" -> May 31, "Q1 2022" -> Mar 31,
a bare year -> Dec 31); "till nästa möte", "längre fram", "löpande" give no date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"\b(20\d{2})[-\s/.](\d{1,2})[-\s/.](\d{1,2})\b")
_WRITTEN = re.compile(rf"\b(\d{{1,2}})(?::e|:a)?\s+({_MONTH_NAMES})\.?\s+(20\d{{2}})\b", re.IGNORECASE)
_COMPACT = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})(?![\d-])")  # 240118
_DAY_MONTH_YY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*-\s*(\d{2})\b")  # 1/1 -24
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")  # 6/2
_WRITTEN_NO_YEAR = re.compile(rf"\b(\d{{1,2}})(?::e|:a)?\s+({_MONTH_NAMES})\b(?!\s+20\d\d)", re.IGNORECASE)
_LAST_OF_MONTH = re.compile(rf"\bsist(?:e|a)\s+({_MONTH_NAMES})\b(?:\s+(20\d{{2}}))?", re.IGNORECASE)
# "vår" only as a word: "våra studenter" is no season.
_SEASON = re.compile(r"\b(?:under\s+|till\s+|i\s+|före\s+)?(våren|hösten|sommaren|vintern|vår|höst)(?:en)?\b"
                     r"(?:\s+(20\d{2}))?", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?:i|under|till|senast|före|från)?\s*({_MONTH_NAMES})\s+(20\d{{2}})\b", re.IGNORECASE)
_IN_MONTH = re.compile(rf"\b(?:i|under|till|senast|före|början av|slutet av)\s+({_MONTH_NAMES})\b", re.IGNORECASE)
_QUARTER = re.compile(r"\b(?:Q|kvartal\s*)([1-4])\s*(?:-|\s)?\s*(20\d{2})?\b", re.IGNORECASE)
_WEEK = re.compile(r"\b(?:v\.?|vecka)\s*(\d{1,2})(?:\s+(20\d{2}))?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:under|till|senast|före|i|klart|klar)\s+(?:år\s+)?(20\d{2})\b|^\s*(20\d{2})\s*$",
                   re.IGNORECASE)
# The next meeting of any kind ("nästkommande styrelsemöte", "nästa stämma", "näst-nästa möte") pins no day.
_NO_DATE = re.compile(r"nästa\s+\w*möte|nästa\s+(?:stämma|träff|gång|sammanträde)|nästkommande|näst-nästa|"
                      r"längre fram|löpande|fortlöpande|kontinuerligt|tills vidare", re.IGNORECASE)
# "inom tre månader", "inom 2 veckor": counted from the meeting.
_WITHIN = re.compile(r"\binom\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+"
                     r"(dag|dagar|vecka|veckor|månad|månader|år)\b", re.IGNORECASE)
_NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                 "nio": 9, "tio": 10, "elva": 11, "tolv": 12}
_TOMORROW = re.compile(r"\bi\s?morgon\b", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s+[–-]\s+|\s+till och med\s+|\s+t\.o\.m\.?\s+", re.IGNORECASE)

_SEASON_END = {"vår": (6, 30), "våren": (6, 30), "sommaren": (8, 31), "höst": (12, 31), "hösten": (12, 31),
               "vintern": (2, 28)}


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str) -> date | None:
    """The first absolute date in ``text`` (ISO, "2024 12 31", "18 januari 2024", "240118")."""
    found = _absolute_dates(text)
    return found[0][1] if found else None


def _absolute_dates(text: str) -> list[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for match in _ISO.finditer(text):
        value = _safe(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value:
            found.append((match.start(), value))
    for match in _WRITTEN.finditer(text):
        value = _safe(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        if value:
            found.append((match.start(), value))
    for match in _COMPACT.finditer(text):
        year, month, day = 2000 + int(match.group(1)), int(match.group(2)), int(match.group(3))
        value = _safe(year, month, day) if 1 <= month <= 12 else None
        if value:
            found.append((match.start(), value))
    for match in _DAY_MONTH_YY.finditer(text):
        value = _safe(2000 + int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if value:
            found.append((match.start(), value))
    return sorted(found)


def parse_due(text: str, meeting_date: date | None) -> tuple[date | None, str | None]:
    """The due date an action text gives, relative to the meeting, and the words it came from."""
    parts = _RANGE_SPLIT.split(text)
    if len(parts) > 1:  # "september 2024 – februari 2025": the end of the range
        for part in reversed(parts):
            due, words = _due_in(part, meeting_date)
            if due:
                return due, words
    return _due_in(text, meeting_date)


def _due_in(text: str, meeting: date | None) -> tuple[date | None, str | None]:
    if _NO_DATE.search(text) and not _absolute_dates(text):
        return None, None
    absolute = _absolute_dates(text)
    if absolute:
        position, value = absolute[-1]
        return value, text[position:position + 12].strip()
    anchor = meeting or date.today()
    for finder in (_last_of_month, _season, _quarter, _week, _month_year, _day_month, _in_month, _year, _tomorrow,
                   _within):
        result = finder(text, anchor)
        if result:
            return result
    return None, None


def _next_after(candidate: date, anchor: date) -> date:
    """A date without a year means its next occurrence on or after the meeting."""
    if candidate < anchor - timedelta(days=31):
        return _safe(candidate.year + 1, candidate.month, candidate.day) or end_of_month(candidate.year + 1,
                                                                                          candidate.month)
    return candidate


def _last_of_month(text: str, anchor: date):
    match = _LAST_OF_MONTH.search(text)
    if not match:
        return None
    month = MONTHS[match.group(1).lower()]
    year = int(match.group(2)) if match.group(2) else anchor.year
    value = end_of_month(year, month)
    if not match.group(2) and value < anchor:
        value = end_of_month(year + 1, month)
    return value, match.group(0)


def _season(text: str, anchor: date):
    match = _SEASON.search(text)
    if not match:
        return None
    word = match.group(1).lower()
    month, day = _SEASON_END.get(word, _SEASON_END.get(word + "en", (12, 31)))
    if match.group(2):
        year = int(match.group(2))
    else:
        year = anchor.year
        if date(year, month, 28 if month == 2 else day) < anchor:
            year += 1
    return (end_of_month(year, month) if month == 2 else date(year, month, day)), match.group(0).strip()


def _quarter(text: str, anchor: date):
    match = _QUARTER.search(text)
    if not match:
        return None
    year = int(match.group(2)) if match.group(2) else anchor.year
    return end_of_month(year, int(match.group(1)) * 3), match.group(0).strip()


def _week(text: str, anchor: date):
    match = _WEEK.search(text)
    if not match or not 1 <= int(match.group(1)) <= 53:
        return None
    year = int(match.group(2)) if match.group(2) else anchor.year
    value = _safe_week(year, int(match.group(1)))
    if value and not match.group(2) and value < anchor - timedelta(days=31):
        value = _safe_week(year + 1, int(match.group(1)))
    return (value, match.group(0).strip()) if value else None


def _safe_week(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 5)  # the Friday of that week
    except ValueError:
        return None


def _month_year(text: str, anchor: date):
    match = _MONTH_YEAR.search(text)
    if not match:
        return None
    return end_of_month(int(match.group(2)), MONTHS[match.group(1).lower()]), match.group(0).strip()


def _day_month(text: str, anchor: date):
    match = _DAY_MONTH.search(text) or _WRITTEN_NO_YEAR.search(text)
    if not match:
        return None
    day = int(match.group(1))
    second = match.group(2)
    month = int(second) if second.isdigit() else MONTHS[second.lower()]
    value = _safe(anchor.year, month, day) if 1 <= month <= 12 else None
    return (_next_after(value, anchor), match.group(0).strip()) if value else None


def _in_month(text: str, anchor: date):
    match = _IN_MONTH.search(text)
    if not match:
        return None
    month = MONTHS[match.group(1).lower()]
    value = end_of_month(anchor.year, month)
    if value < anchor:
        value = end_of_month(anchor.year + 1, month)
    return value, match.group(0).strip()


def _year(text: str, anchor: date):
    match = _YEAR.search(text)
    if not match:
        return None
    year = int(match.group(1) or match.group(2))
    return date(year, 12, 31), match.group(0).strip()


def _tomorrow(text: str, anchor: date):
    match = _TOMORROW.search(text)
    return (anchor + timedelta(days=1), match.group(0)) if match else None


def _within(text: str, anchor: date):
    match = _WITHIN.search(text)
    if not match:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else _NUMBER_WORDS[match.group(1).lower()]
    unit = match.group(2).lower()
    if unit.startswith("dag"):
        return anchor + timedelta(days=count), match.group(0)
    if unit.startswith("veck"):
        return anchor + timedelta(weeks=count), match.group(0)
    months = count * 12 if unit == "år" else count
    year, month = divmod(anchor.month - 1 + months, 12)
    year += anchor.year
    day = min(anchor.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day), match.group(0)
