"""The collaboration structure in plans and agreements: forums with their seats, chairs, meeting
frequency, mandates and reporting lines ("Samverkansplan"), and focus areas with their activities,
responsible, indicators and results ("Aktivitets- och tidplan").

Recognised from the reader's blocks with general Swedish patterns, never from a document's layout:
a forum is a short line followed by a "Deltagare" label; its sections are labelled "Deltagare",
"Mötesfrekvens" and "Uppdrag"; an activity table is a table whose header names "Aktivitet" and at
least one of Tidplan, Ansvarig, Indikator or Resultat. DOCX and PDF give the same structure: PDF
tables cut by a page are joined again, and tables pasted into a cell (kept as HTML) are not read as
activities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from extractors.model import Block, BlockKind, Document
from extractors.nlp.gazetteer import find_organisations
from extractors.records import (
    Activity,
    ActivityResult,
    FocusArea,
    ForumDefinition,
    ForumLevel,
    MemberRole,
    Source,
)

# ---------------------------------------------------------------------------------------------
# Sub-regions of Vårdsamverkan Skåne, as plans and minutes write them -> one canonical name.
DELREGIONS = {
    "nordöstra": "Nordöstra", "nordost": "Nordöstra", "nordvästra": "Nordvästra", "nordväst": "Nordvästra",
    "sydöstra": "Sydöstra", "sydost": "Sydöstra", "sydvästra": "Sydvästra", "sydväst": "Sydvästra",
    "mellersta": "Mellersta",
}
_DELREGION = re.compile(r"\b(" + "|".join(DELREGIONS) + r")\b", re.IGNORECASE)


def delregion_of(text: str) -> str | None:
    """The sub-region a text names ("Skåne Nordost" -> "Nordöstra"), if any."""
    match = _DELREGION.search(text)
    return DELREGIONS[match.group(1).lower()] if match else None


# ---------------------------------------------------------------------------------------------
# Forums
_SECTION_LABEL = re.compile(
    r"^(deltagare|ledamöter|medlemmar|sammansättning|representation|mötesfrekvens|frekvens|möten|"
    r"uppdrag|mandat|ansvar|uppgifter)\s*(?::\s*(.*))?$", re.IGNORECASE)
_MEMBER_LABELS = {"deltagare", "ledamöter", "medlemmar", "sammansättning", "representation"}
_FREQUENCY_LABELS = {"mötesfrekvens", "frekvens", "möten"}
_CHAIR_LINE = re.compile(
    r"^(ordförande(?:skap)?(?:\s*/\s*samman\s*kallande)?|samman\s*kallande(?:\s*/\s*ordförande)?)\s*:\s*(.+)$",
    re.IGNORECASE)
_ROTATING = re.compile(r"^(?:alternerar|roterar|växlar)\s+(?:mellan\s+)?", re.IGNORECASE)
_SHARED = re.compile(r"^delat?\s+(?:ordförandeskap|ansvar)\s+(?:mellan\s+)?", re.IGNORECASE)
_AND_NEW_ROLE = re.compile(r"\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])")  # "X och Hälso- och sjukvårdsstrateg" splits once
_FREQUENCY = re.compile(
    r"(?:(minst|högst|ca)\s+)?(\d+)\s*(?:ggr|gånger|g)\s*(?:/|per\s+|om\s+)\s*(termin|år|halvår|månad|kvartal|vecka)",
    re.IGNORECASE)
_REPORTS_TO = (
    re.compile(r"^rapporterar\s+(?:till|för)\s+(.+)$", re.IGNORECASE),
    re.compile(r"^redovisar\s+(?:\S+\s+){0,3}?till\s+(.+)$", re.IGNORECASE),
    re.compile(r"^delger?\s+\S+\s+till\s+(.+)$", re.IGNORECASE),  # "Delge mötesanteckningar/information till X"
    re.compile(r"^beredningsgrupp\s+(?:inför|till|åt)\s+(.+)$", re.IGNORECASE),
)
_ASSIGNS_TO = re.compile(r"^(?:ger|ge|lämnar)\s+uppdrag\s+(?:till|åt)\s+(.+)$", re.IGNORECASE)
_ASSIGNED_BY = re.compile(r"^(?:utför|genomför)\s+uppdrag\s+(?:på\s+begäran\s+av|från|åt)\s+(.+)$",
                          re.IGNORECASE)
_REPORTED_BY = re.compile(r"^(?:efterfrågar|begär|tar\s+emot)\s+(?:resultat|rapporter?)\s+från\s+(.+)$",
                          re.IGNORECASE)
_MUNICIPALITY_LIST = re.compile(r"^(.+?)\s+(?:för|från|i|inom)\s+kommunerna\s+(.+)$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s+(?:från|för|inom|vid)\s+", re.IGNORECASE)
# "…Östra Skåne, Medicinsk ansvarig sjuksköterska från …": a comma, then words naming a role.
_NEW_SEAT = re.compile(r",\s+(?=[A-ZÅÄÖ][a-zåäö]*(?:\s+[a-zåäö]+){0,2}?\s*[a-zåäö]*"
                       r"(?:chef|läkare|sköterska|strateg|representant|ansvarig|samordnare|ledare|direktör)\b)")
_PLURAL = ((re.compile(r"chefer$"), "chef"), (re.compile(r"anter$"), "ant"), (re.compile(r"enter$"), "ent"),
           (re.compile(r"teger$"), "teg"))


@dataclass(frozen=True)
class PlanStructure:
    forums: tuple[ForumDefinition, ...] = ()
    focus_areas: tuple[FocusArea, ...] = ()
    activities: tuple[Activity, ...] = ()


def find_structure(document: Document, plan_date: date | None) -> PlanStructure:
    delregion = _document_delregion(document)
    focus_areas, activities = find_activities(document, plan_date.year if plan_date else None)
    return PlanStructure(find_forums(document, delregion), focus_areas, activities)


def _document_delregion(document: Document) -> str | None:
    head = " ".join([document.title, *(b.text for b in document.blocks[:40] if b.kind != BlockKind.TABLE)])
    return delregion_of(head)


def find_forums(document: Document, delregion: str | None = None) -> tuple[ForumDefinition, ...]:
    blocks = document.blocks
    starts = [i for i in range(len(blocks)) if _is_forum_start(blocks, i)]
    forums = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else _section_end(blocks, start)
        forums.append(_forum(document, start, blocks[start:end], delregion))
    return tuple(forums)


def _is_forum_start(blocks: tuple[Block, ...], index: int) -> bool:
    """A short line (a bullet, heading or paragraph) directly followed by a members label."""
    block = blocks[index]
    text = block.text.strip()
    if block.kind == BlockKind.TABLE or not text or len(text) > 120 or text.endswith((".", ":")):
        return False
    if _SECTION_LABEL.match(text) or _CHAIR_LINE.match(text):
        return False
    following = [b for b in blocks[index + 1:index + 3] if b.text.strip()]
    return bool(following) and _label_of(following[0].text) in _MEMBER_LABELS


def _section_end(blocks: tuple[Block, ...], start: int) -> int:
    """A forum's description ends at the next top heading."""
    for i in range(start + 1, len(blocks)):
        if blocks[i].kind == BlockKind.HEADING and blocks[i].level <= 1:
            return i
    return len(blocks)


def _label_of(text: str) -> str | None:
    match = _SECTION_LABEL.match(text.strip())
    return match.group(1).lower() if match else None


@dataclass
class _ForumDraft:
    members: list[MemberRole] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    conveners: list[str] = field(default_factory=list)
    arrangement: str | None = None
    frequency_text: str | None = None
    mandates: list[str] = field(default_factory=list)


def _forum(document: Document, index: int, blocks: tuple[Block, ...], delregion: str | None) -> ForumDefinition:
    name = _clean(blocks[0].text)
    draft = _ForumDraft()
    section: str | None = None
    for block in blocks[1:]:
        for line in _lines(block):
            chair = _CHAIR_LINE.match(line)
            if chair:
                _chair(draft, chair.group(1).lower(), chair.group(2))
                continue
            label = _SECTION_LABEL.match(line)
            if label:
                section, rest = label.group(1).lower(), (label.group(2) or "").strip()
                if not rest:
                    continue
                line = rest
            if section in _MEMBER_LABELS:
                draft.members.extend(member_roles(line))
            elif section in _FREQUENCY_LABELS and draft.frequency_text is None:
                draft.frequency_text = line
            elif section is not None:
                draft.mandates.append(line)
    reports, assigns, assigned_by = _lines_of_command(draft.mandates)
    source = Source(document.key, document.blocks.index(blocks[0]), blocks[0].text[:300],
                    blocks[0].provenance.page, blocks[0].provenance.paragraph)
    return ForumDefinition(
        name=name, level=forum_level(name), delregion=delregion, members=tuple(dict.fromkeys(draft.members)),
        chairs=tuple(draft.chairs), conveners=tuple(draft.conveners), chair_arrangement=draft.arrangement,
        frequency=frequency(draft.frequency_text or ""), frequency_text=draft.frequency_text,
        mandates=tuple(draft.mandates), reports_to=reports, assigns_to=assigns, assigned_by=assigned_by,
        source=source)


def _lines(block: Block) -> Iterator[str]:
    if block.kind == BlockKind.TABLE:
        for row in block.rows:
            yield from (_clean(c) for c in row if _clean(c))
        return
    for line in block.text.splitlines():
        if _clean(line).strip("-–•"):
            yield _clean(line)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\b([A-ZÅÄÖ]{2,})- (?=[a-zåäö])", r"\1-", text)  # a PDF line break: "KVG- katalogen"
    return text.strip().rstrip(".;").strip()


def _chair(draft: _ForumDraft, label: str, value: str) -> None:
    value = _clean(value)
    rotating, shared = _ROTATING.match(value), _SHARED.match(value)
    if rotating or shared:
        draft.arrangement = "alternerar" if rotating else "delat"
        value = value[(rotating or shared).end():]
    roles = [r.strip() for r in _AND_NEW_ROLE.split(value) if r.strip()]
    if "ordförande" in label:
        draft.chairs.extend(roles)
    if "kallande" in label:
        draft.conveners.extend(roles)


def frequency(text: str) -> str | None:
    """ "2ggr/termin inför Delregionala Samverkan" -> "2 ggr/termin"; "Minst 2 ggr/termin" -> "minst 2 ggr/termin"."""
    match = _FREQUENCY.search(text)
    if not match:
        return None
    qualifier = f"{match.group(1).lower()} " if match.group(1) else ""
    return f"{qualifier}{match.group(2)} ggr/{match.group(3).lower()}"


def _lines_of_command(mandates: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    reports: list[str] = []
    assigns: list[str] = []
    assigned_by: list[str] = []
    for line in mandates:
        assign = _ASSIGNS_TO.match(line)
        by = _ASSIGNED_BY.match(line)
        if assign:
            assigns.append(_forum_name(assign.group(1)))
        elif by:
            assigned_by.append(_forum_name(by.group(1)))
        else:
            report = next((m for p in _REPORTS_TO if (m := p.match(line))), None)
            if report:
                reports.append(_forum_name(report.group(1)))
    return tuple(dict.fromkeys(reports)), tuple(dict.fromkeys(assigns)), tuple(dict.fromkeys(assigned_by))


def _forum_name(written: str) -> str:
    """ "Delregionala Samverkans" (genitive) -> "Delregionala Samverkan"."""
    name = _clean(written)
    return re.sub(r"(?<=an)s$", "", name)


def forum_level(name: str) -> ForumLevel | None:
    """The level a forum's name states: "… strategisk nivå", "(lokal nivå)", "Central …", "…nätverket"."""
    lowered = name.lower()
    if "strategisk" in lowered:
        return ForumLevel.SUBREGIONAL_STRATEGIC
    if "operativ" in lowered and "delregional" in lowered:
        return ForumLevel.SUBREGIONAL_OPERATIVE
    if re.search(r"\blokal", lowered):
        return ForumLevel.LOCAL
    if re.search(r"\bcentral", lowered) or "skånegemensam" in lowered:
        return ForumLevel.CENTRAL
    if re.search(r"nätverk|arbetsgrupp|fokusområdesgrupp|samverkansgrupp", lowered):
        return ForumLevel.NETWORK
    if "delregional" in lowered or "operativ" in lowered:
        return ForumLevel.SUBREGIONAL
    return None


def member_roles(line: str) -> list[MemberRole]:
    """One "Deltagare" line -> its seats: "Förvaltningschefer för kommunerna Osby och Bromölla" ->
    Förvaltningschef for Osby kommun and for Bromölla kommun; "Representant från Psykiatrin" ->
    Representant for Psykiatrin; "Sjukhuschef Hässleholms sjukhus" -> Sjukhuschef for Hässleholms sjukhus."""
    seats: list[MemberRole] = []
    for part in _NEW_SEAT.split(_clean(line)):
        seats.extend(_seats(part))
    return seats


def _seats(text: str) -> list[MemberRole]:
    listed = _MUNICIPALITY_LIST.match(text)
    if listed:
        role = _singular(listed.group(1))
        names = [n.strip() for n in re.split(r",\s*|\s+(?:och|samt)\s+", listed.group(2)) if n.strip()]
        return [MemberRole(role, _municipality(n)) for n in names]
    split = _PREPOSITION.search(text)
    if split:
        return _with_organisations(_singular(text[:split.start()]), text[split.end():])
    named = [m for m in find_organisations(text) if not m.bare_town and m.start > 0]
    if named:
        return _with_organisations(_singular(text[:named[0].start]), text[named[0].start:])
    words = text.split()
    role_words = [words[0]]
    for word in words[1:]:  # "Biträdande sjukhuschef", "Hälso- och sjukvårdsstrateg": lower-case words continue it
        if word[0].isupper() and not role_words[-1].endswith("-"):
            break
        role_words.append(word)
    rest = " ".join(words[len(role_words):])
    return [MemberRole(_singular(" ".join(role_words)), rest or None)]


def _with_organisations(role: str, written: str) -> list[MemberRole]:
    """A list ("kommunal enhet, enskild vårdcentral och psykiatri") is a seat per item; otherwise each
    organisation the gazetteer knows in ``written`` is one; else the words as written."""
    if written.count(",") >= 2 or ("," in written and re.search(r"\s(?:och|samt)\s", written)):
        items = [i.strip() for i in re.split(r",\s*|\s+(?:och|samt)\s+", written) if i.strip()]
        return [MemberRole(role, _canonical(item)) for item in items]
    named = [m for m in find_organisations(written) if not m.bare_town]
    if named:
        return [MemberRole(role, m.canonical) for m in named]
    return [MemberRole(role, written.strip() or None)]


def _canonical(written: str) -> str:
    found = find_organisations(written)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(written):
        return found[0].canonical
    return written


def _municipality(name: str) -> str:
    found = find_organisations(name)
    if found and found[0].start == 0 and found[0].end == len(name):
        return found[0].canonical
    return f"{name} kommun"


def _singular(role: str) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        for pattern, replacement in _PLURAL:
            word = pattern.sub(replacement, word)
        return word

    return re.sub(r"\w+", one, role.strip())


# ---------------------------------------------------------------------------------------------
# Focus areas and activities
_AREA = re.compile(r"^(\d{1,2})\.\s+([A-ZÅÄÖ].{2,150})$")
_SUB_AREA = re.compile(r"(?:^|\s)([a-h])\.\s+(?=[A-ZÅÄÖ])")
_HTML = re.compile(r"<[^>]+>")
_DELREGIONAL_PLAN = re.compile(r"delregion|tillämpning", re.IGNORECASE)
_COLUMN = (
    ("central", re.compile(r"^aktivitet(?:er)?\s+central", re.IGNORECASE)),
    ("delregional", re.compile(r"^aktivitet(?:er)?\s+delregional", re.IGNORECASE)),
    ("activity", re.compile(r"^aktivitet(?:er)?$", re.IGNORECASE)),
    ("timing", re.compile(r"^tids?plan|^tidpunkt|^när$", re.IGNORECASE)),
    ("responsible", re.compile(r"^ansvarig", re.IGNORECASE)),
    ("indicator", re.compile(r"^indikator", re.IGNORECASE)),
    ("result", re.compile(r"^resultat|^utfall", re.IGNORECASE)),
)


def _columns(header: tuple[str, ...]) -> dict[int, tuple[str, int | None]]:
    """Column index -> (field, year of a result column: "Resultat 2023" -> 2023)."""
    columns: dict[int, tuple[str, int | None]] = {}
    for index, cell in enumerate(header):
        text = _clean(cell)
        for name, pattern in _COLUMN:
            if pattern.match(text):
                year = re.search(r"\b(20\d{2})\b", text) if name == "result" else None
                columns[index] = (name, int(year.group(1)) if year else None)
                break
    return columns


def _is_activity_header(row: tuple[str, ...]) -> bool:
    fields = {name for name, _ in _columns(row).values()}
    return bool(fields & {"central", "delregional", "activity"}) and bool(
        fields & {"timing", "responsible", "indicator", "result"})


@dataclass
class _Row:
    cells: list[str]
    block_index: int
    block: Block
    area: FocusArea | None
    columns: dict[int, tuple[str, int | None]]


@dataclass
class _AreaCursor:
    area: FocusArea | None = None  # the innermost (sub-)area rows belong to
    top: FocusArea | None = None
    fresh: bool = False  # no table since the area began: its first table is its own
    pending: list[FocusArea] = field(default_factory=list)  # sub-areas a PDF line ran together
    letter: str = ""  # the last sub-area letter seen under the current area


def find_activities(document: Document, plan_year: int | None) -> tuple[tuple[FocusArea, ...], tuple[Activity, ...]]:
    if not any(b.kind == BlockKind.TABLE and b.rows and _is_activity_header(b.rows[0]) for b in document.blocks):
        return (), ()
    generic_level = "delregional" if _DELREGIONAL_PLAN.search(document.title) else "central"
    areas: list[FocusArea] = []
    rows: list[_Row] = []
    cursor = _AreaCursor()
    columns: dict[int, tuple[str, int | None]] = {}
    embedded: list[str] = []
    for index, block in enumerate(document.blocks):
        if block.kind != BlockKind.TABLE:
            _read_areas(document, index, block, cursor, areas)
            continue
        first = 0
        if columns and not block.has_header and len(block.rows) > 1 and max(len(r) for r in block.rows) <= 2 < len(columns):
            continue  # a small table of figures under an activity ("Aviseringskälla | Antal")
        if block.rows and _is_activity_header(block.rows[0]):
            columns = _columns(block.rows[0])
            first = 1
            if not cursor.fresh and cursor.pending:
                cursor.area = cursor.pending.pop(0)
            cursor.fresh = False
        elif not columns:
            continue
        for position, raw in enumerate(block.rows[first:]):
            cells = [c.strip() for c in raw]
            if not any(_clean(c).strip("-– ") for c in cells) or _inside_embedded_table(cells, embedded):
                continue
            if rows and _continues(cells, position == 0 and first == 0, columns):
                rows[-1].cells = _joined(rows[-1].cells, cells)
                _remember_embedded(rows[-1].cells, embedded)
                continue
            rows.append(_Row(cells, index, block, cursor.area, columns))
            _remember_embedded(cells, embedded)
    return tuple(areas), _activities(document, rows, plan_year, generic_level)


def _read_areas(document: Document, index: int, block: Block, cursor: _AreaCursor, areas: list[FocusArea]) -> None:
    """Numbered areas start a section; lettered sub-areas follow in order. A sub-area letter in the
    middle of a line (a PDF ran "… Senior Alert b. Utveckling av …" together) waits for the next
    activity table, as does a second sub-area in a line: each table header starts the next one."""
    text = _clean(block.text)
    top = _AREA.match(text)
    if top:
        area = FocusArea(top.group(1), _clean(top.group(2)), None, _source(document, index, block))
        areas.append(area)
        cursor.area, cursor.top, cursor.fresh, cursor.pending, cursor.letter = area, area, True, [], ""
        return
    if cursor.top is None:
        return
    marks = [m for m in _SUB_AREA.finditer(text)]
    for n, mark in enumerate(marks):
        letter = mark.group(1)
        if letter <= cursor.letter:
            continue
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        sub = FocusArea(f"{cursor.top.number}.{letter}", _clean(text[mark.end():end]), cursor.top.title,
                        _source(document, index, block))
        areas.append(sub)
        cursor.letter = letter
        if mark.start() == 0 and not cursor.pending:
            cursor.area, cursor.fresh = sub, True
        else:
            cursor.pending.append(sub)


def _source(document: Document, index: int, block: Block, quote: str | None = None) -> Source:
    return Source(document.key, index, (quote or block.text)[:300], block.provenance.page,
                  block.provenance.paragraph)


def _continues(cells: list[str], first_row_of_table: bool, columns: dict[int, tuple[str, int | None]]) -> bool:
    """A row that carries on the row above: no activity of its own, or the first row of a table
    that a page break cut off, whose cells mostly start mid-sentence."""
    if not _activity_texts(cells, columns):
        return True
    if not first_row_of_table:
        return False
    filled = [c for c in cells if c.strip()]
    midway = [c for c in filled if _mid_sentence(c)]
    return len(midway) * 2 > len(filled)


def _mid_sentence(cell: str) -> bool:
    text = cell.strip()
    if text[0].islower() or text[0].isdigit():
        return True
    if text.startswith("<") and not re.match(r"<(?:table|p)\b", text):
        return True  # "<td>14</td> …": the inside of a table cut by the page
    closing, opening = text.find("</"), re.search(r"<[a-z]", text)
    return closing >= 0 and (opening is None or closing < opening.start())


def _joined(above: list[str], cells: list[str]) -> list[str]:
    width = max(len(above), len(cells))
    above = above + [""] * (width - len(above))
    return [f"{a} {b}".strip() if b.strip() else a for a, b in zip(above, cells + [""] * (width - len(cells)),
                                                                 strict=True)]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", _HTML.sub(" ", text)).lower()


def _remember_embedded(cells: list[str], embedded: list[str]) -> None:
    """A cell holding a pasted table (HTML) names the rows the reader also spread out below it."""
    if any("<t" in c or "</" in c for c in cells):
        embedded.append("".join(_squeezed(c) for c in cells))


def _inside_embedded_table(cells: list[str], embedded: list[str]) -> bool:
    row = "".join(_squeezed(c) for c in cells)
    return bool(row) and any(row in blob for blob in embedded[-3:])


def _activity_texts(cells: list[str], columns: dict[int, tuple[str, int | None]]) -> dict[str, str]:
    texts = {}
    for index, (name, _) in columns.items():
        if name in {"central", "delregional", "activity"} and index < len(cells) and _clean(cells[index]):
            texts[name] = _clean(cells[index])
    return texts


def _activities(document: Document, rows: list[_Row], plan_year: int | None, generic_level: str) -> tuple[Activity, ...]:
    """Rows -> activities. A row naming a central and a sub-regional activity: the sub-regional one
    carries the row's timing, responsible, indicator and result and points to the central one;
    rows below with only a sub-regional activity belong to the same central activity."""
    activities: dict[tuple[str, str], Activity] = {}
    central: str | None = None
    area: FocusArea | None = None
    for row in rows:
        if row.area is not area:
            area, central = row.area, None
        texts = _activity_texts(row.cells, row.columns)
        fields = _row_fields(row, plan_year)
        source = _source(document, row.block_index, row.block, " | ".join(_clean(c) for c in row.cells if c))
        own_central = texts.get("central") or (texts.get("activity") if generic_level == "central" else None)
        sub = texts.get("delregional") or (texts.get("activity") if generic_level == "delregional" else None)
        if own_central:
            central = own_central
            activities.setdefault(("central", own_central), _activity(
                own_central, "central", area, {} if sub else fields, plan_year, None, source))
        if sub:
            parent = central if any(name == "central" for name, _ in row.columns.values()) else None
            activities.setdefault(("delregional", sub), _activity(
                sub, "delregional", area, fields, plan_year, parent, source))
    return tuple(activities.values())


def _row_fields(row: _Row, plan_year: int | None) -> dict:
    fields: dict = {"results": []}
    for index, (name, year) in row.columns.items():
        value = _clean(row.cells[index]) if index < len(row.cells) else ""
        if not value:
            continue
        if name == "result":
            result_year = year or plan_year
            if result_year:
                fields["results"].append(ActivityResult(result_year, value[:1000]))
        elif name in {"timing", "responsible", "indicator"}:
            fields[name] = value
    return fields


def _activity(text: str, level: str, area: FocusArea | None, fields: dict, plan_year: int | None,
              central: str | None, source: Source) -> Activity:
    return Activity(
        text=text, level=level, focus_number=area.number if area else None, focus_title=area.title if area else None,
        timing=fields.get("timing"), responsible=fields.get("responsible"), indicator=fields.get("indicator"),
        results=tuple(fields.get("results", ())), plan_year=plan_year, central_activity=central, source=source)
