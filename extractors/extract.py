"""Extraction: a Document -> DocumentRecords (meeting, people, organisations, projects,
decisions, actions), and a corpus of documents -> records with follow-ups linked."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from extractors.context import DocumentContext
from extractors.errors import DocumentError
from extractors.model import Block, BlockKind, Document, DocumentKind
from extractors.nlp import people as people_finder
from extractors.nlp.actions import FOLLOW_UP_ITEM, action_columns, cell, find_actions, status_of
from extractors.nlp.dates import parse_date
from extractors.nlp.decisions import find_decisions
from extractors.nlp.followups import link_follow_ups
from extractors.nlp.gazetteer import canonical_of, find_organisations
from extractors.nlp.organisations import block_bodies, body_in_heading
from extractors.nlp.projects import named_projects
from extractors.nlp.sentences import sentences
from extractors.nlp.structure import find_structure
from extractors.readers import read_document
from extractors.records import (
    ActionStatus,
    AgendaItem,
    DocumentInfo,
    DocumentRecords,
    Meeting,
    Organisation,
    OwnerKind,
    Project,
    Source,
    StatusReport,
)

_AGENDA = re.compile(r"^(?:§\s*(?=\d{1,3}\b)|(?=\d{1,2}\b))(\d{1,3})[.:)]?\s+(.{2,200}?)(?:\s+[–—-]\s+([^–—-]+?))?\.?$")
_PLACE = re.compile(r"^\s*(?:Plats|Lokal|Mötesplats)\s*:\s*(.+)$", re.IGNORECASE)
# "Dnr 2024/123", "Dnr: RS 2023/456", "Diarienr KS.2024.12", "Ärendenummer: 2024-00042"
_DNR = re.compile(r"\b(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer)\.?\s*:?\s*"
                  r"((?:[A-ZÅÄÖ]{1,5}\s+(?=\d))?[A-ZÅÄÖ0-9][\w/.:-]*\d[\w/-]*)", re.IGNORECASE)
_FILE_DATE = re.compile(r"(20\d{2})[-_]?(\d{2})[-_]?(\d{2})")
_FORUM = (
    (re.compile(r"tjänstemannaberedning(?:en)?\s+(?:delregion\s+)?([A-ZÅÄÖa-zåäö]+)", re.IGNORECASE),
     "Delregional tjänstemannaberedning {}"),
    (re.compile(r"operativ(?:a)?\s+arbetsgrupp(?:en)?\s+(?:delregion\s+)?([A-ZÅÄÖa-zåäö]+)", re.IGNORECASE),
     "Operativ arbetsgrupp {}"),
    (re.compile(r"central\s+tjänstemannaberedning", re.IGNORECASE), "Central tjänstemannaberedning"),
    (re.compile(r"\b(styrelsemöte|styrelsen|årsmöte|höstmöte|vårmöte|stormöte|arbetsmöte)\b", re.IGNORECASE),
     "{}"),
)
_PROJECT_CUES = re.compile(
    r"\b(?:projektet|piloten|pilotprojektet|projekt|pilot|införandet av|breddinförande av)\s+"
    r"((?:[A-ZÅÄÖ][\wåäö-]*)(?:\s+(?:[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäö-]*)){0,3})"
)
_KNOWN_PROJECTS = ("Mobilt team närsjukvård", "Mobila team närsjukvård", "Mobil röntgen", "Antibiotika i hemmet",
                   "Trygg hemgång", "Sjukhus hemma", "Childcheck")


def extract_paths(paths: Iterable[str | Path]) -> tuple[list[DocumentRecords], list[DocumentError]]:
    """Read and extract every file; a bad file is reported, never stops the others."""
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for path in paths:
        try:
            documents.append(read_document(path))
        except DocumentError as error:
            errors.append(error)
    return extract_corpus(documents), errors



def extract_corpus(documents: Sequence[Document]) -> list[DocumentRecords]:
    """Extract each document, in meeting-date order, then link follow-ups to earlier actions."""
    return link_corpus([(extract(d), status_reports(d)) for d in documents])


def link_corpus(extracted: Sequence[tuple[DocumentRecords, list[StatusReport]]]) -> list[DocumentRecords]:
    """Records in meeting-date order with follow-ups linked; the pipeline extracts per document
    and links here, once the whole corpus is known."""
    records = sorted((r for r, _ in extracted), key=date_order)
    return link_follow_ups(records, {r.document.key: reports for r, reports in extracted})


def date_order(records: DocumentRecords) -> tuple[date, str]:
    """Meeting date (undated first), then file name: the order follow-ups are linked in."""
    return records.meeting.date or date.min, records.document.name


def extract(document: Document) -> DocumentRecords:
    meeting_date, date_reason, date_confidence = dated(document)
    agenda, item_of_block = agenda_of(document)
    mentions = _person_mentions(document, item_of_block)
    people = tuple(people_finder.merge_mentions(mentions))
    organisations = _organisations(document, people)
    ctx = DocumentContext(document, meeting_date, people, organisations, agenda, item_of_block)
    decisions = tuple(find_decisions(ctx))
    actions = tuple(find_actions(ctx))
    organisations = _with_owner_groups(organisations, actions, document)
    people = _with_owner_people(people, actions, document)
    meeting = Meeting(
        date=meeting_date,
        forum=forum_of(document),
        place=_place(document),
        agenda=agenda,
        source=Source(document.key, 0, document.title, None, None),
        date_reason=date_reason,
        case_numbers=tuple(dict.fromkeys(_DNR.findall(document.text))),
        confidence=date_confidence,
    )
    structure = find_structure(document, meeting_date)
    return DocumentRecords(
        document=DocumentInfo(document.key, document.name, document.path, document.sha256, document.format,
                              str(document.kind), document.page_count, document.title),
        meeting=meeting,
        people=people,
        organisations=organisations,
        projects=_projects(document),
        decisions=decisions,
        actions=actions,
        warnings=document.warnings,
        forums=structure.forums,
        focus_areas=structure.focus_areas,
        activities=structure.activities,
    )


# A date the document labels as its own ("Datum: …", "Fastställt den: …") beats the first date seen.
_LABELLED_DATE = re.compile(r"^\s*(?:datum|mötesdatum|fastställd|fastställt|beslutad|antagen)(?:\s+den)?\s*:",
                            re.IGNORECASE)


def dated(document: Document) -> tuple[date | None, str | None, float]:
    """The meeting date, why there is none, and how sure: a date the document labels as its own,
    then the first date in its opening lines, then one in the file name."""
    for block in document.blocks[:40]:
        if block.kind != BlockKind.TABLE and _LABELLED_DATE.match(block.text):
            found = parse_date(block.text)
            if found:
                return found, None, 0.95
    for block in document.blocks[:15]:
        if block.kind != BlockKind.TABLE:
            found = parse_date(block.text)
            if found:
                return found, None, 0.85
    match = _FILE_DATE.search(document.name)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), None, 0.6
        except ValueError:
            pass
    return None, "no date in the first lines or in the file name", 0.0


def agenda_of(document: Document) -> tuple[tuple[AgendaItem, ...], tuple[str | None, ...]]:
    """Numbered items ("4. Titel – Anna Berg"); each block is mapped to the item it falls under."""
    items: list[AgendaItem] = []
    item_of_block: list[str | None] = []
    current: str | None = None
    for index, block in enumerate(document.blocks):
        match = _AGENDA.match(block.text) if block.kind in {BlockKind.HEADING, BlockKind.PARAGRAPH} else None
        if match and _is_item_heading(block, match, items):
            current = match.group(1)
            presenter = match.group(3).strip() if match.group(3) else None
            source = Source(document.key, index, block.text, block.provenance.page, block.provenance.paragraph)
            confidence = 0.95 if block.kind == BlockKind.HEADING else 0.9 if block.text.lstrip().startswith("§") \
                else 0.85
            items.append(AgendaItem(current, match.group(2).strip(), presenter, source, confidence))
        item_of_block.append(current)
    return tuple(items), tuple(item_of_block)


def _is_item_heading(block: Block, match: re.Match[str], items: list[AgendaItem]) -> bool:
    if block.kind == BlockKind.HEADING:
        return True
    number = int(match.group(1))
    if block.text.lstrip().startswith("§") and len(block.text) < 160:
        return True  # "§ 145 Budget": protocol paragraphs are numbered through the year, not from 1
    expected = int(items[-1].number) + 1 if items and items[-1].number.isdigit() else 1
    if len(block.text) >= 160 or block.text.rstrip().endswith("?"):
        return False
    presenter = match.group(3)  # "7. Mobila team – Ingrid Vesterberg": numbered and presented
    return number == expected or bool(presenter and people_finder.is_person_name(presenter.strip()))


def forum_of(document: Document) -> str | None:
    if document.kind in {DocumentKind.PLAN, DocumentKind.AGREEMENT}:
        return None
    head = " ".join([document.title, *(b.text for b in document.blocks[:6] if b.kind != BlockKind.TABLE)])
    for pattern, template in _FORUM:
        match = pattern.search(head)
        if match:
            value = match.group(1) if match.groups() else ""
            return template.format(value.capitalize()).strip()
    return None


def _place(document: Document) -> str | None:
    for block in document.blocks[:20]:
        match = _PLACE.match(block.text)
        if match:
            return match.group(1).strip()
    return None


def _person_mentions(document: Document, item_of_block: tuple[str | None, ...]):
    key = document.key
    mentions = []
    before_agenda = True
    for index, block in enumerate(document.blocks):
        if item_of_block[index] is not None:
            before_agenda = False
        if block.kind == BlockKind.TABLE:
            if people_finder.signature_table(block, index, key):
                continue  # read by from_signatures, column by column
            if people_finder.is_table_of_people(block):
                default = people_finder.Attendance.PRESENT if before_agenda else None
                mentions.extend(people_finder.from_table(block, index, key, default))
            else:
                mentions.extend(people_finder.from_cells(block, index, key))
            continue
        mentions.extend(people_finder.from_list_line(block, index, key))
        mentions.extend(people_finder.from_text(block, index, key))
    mentions.extend(people_finder.from_signatures(document.blocks, key))
    return mentions


_CARE_UNIT = re.compile(r"\b(?:Vårdcentralen|VC|Hälsocentralen)\s+[A-ZÅÄÖ][\wåäö-]+(?:/[A-ZÅÄÖ][\wåäö-]+)?")


def _organisations(document: Document, people) -> tuple[Organisation, ...]:
    """Organisations as written, one form per entity: participants' organisations first, then
    gazetteer matches and care units in the text. A town's bare name counts when the text
    enumerates municipalities (three or more in one block), not when it names a place."""
    seen: dict[str, Organisation] = {}

    def add(written: str, canonical: str, confidence: float, source: Source) -> None:
        if canonical in seen or any(o.name.casefold() == written.casefold() for o in seen.values()):
            return
        if any(written.casefold() in o.name.casefold() for o in seen.values()):
            return  # "ASIH" inside "Palliativ vård och ASIH" is the same organisation
        seen[canonical] = Organisation(written, canonical, confidence, (source,))

    for person in people:
        if person.organisation:
            matches = find_organisations(person.organisation)
            canonical = matches[0].canonical if len(matches) == 1 and matches[0].text == person.organisation \
                else person.organisation
            add(person.organisation, canonical, 0.9, person.sources[0])
    body = body_in_heading(document)  # first: its short form later in the text is this body, not another
    if body and document.blocks:
        add(body, body, 0.6, Source(document.key, 0, document.blocks[0].text[:300],
                                    document.blocks[0].provenance.page, document.blocks[0].provenance.paragraph))
    texts = list(enumerate(document.blocks))
    texts += [(0, Block(BlockKind.PARAGRAPH, line, document.blocks[0].provenance)) for line in
              document.headers + document.footers] if document.blocks else []
    for index, block in texts:
        source = Source(document.key, index, block.text[:300], block.provenance.page, block.provenance.paragraph)
        matches = find_organisations(block.text)
        towns = {m.canonical for m in matches if m.bare_town}
        for match in matches:
            if match.bare_town and len(towns) < 3:
                continue
            add(_without_genitive(match.text, match.canonical), match.canonical, 0.8, source)
        for unit in _CARE_UNIT.finditer(block.text):
            add(unit.group(0), unit.group(0), 0.7, source)
        for name, confidence in block_bodies(block):
            add(name, canonical_of(name) or name, confidence, source)
    return tuple(seen.values())


def _without_genitive(written: str, canonical: str) -> str:
    """"läkemedelsrådets" -> "Läkemedelsrådet" when the gazetteer knows the base form."""
    if written.casefold() == canonical.casefold() + "s":
        return canonical
    return written


def _with_owner_groups(organisations, actions, document) -> tuple[Organisation, ...]:
    known = {o.name for o in organisations}
    extra = []
    for action in actions:
        if action.owner_kind == OwnerKind.ORGANISATION and action.owner and action.owner not in known:
            known.add(action.owner)
            extra.append(Organisation(action.owner, action.owner, 0.7, (action.source,)))
    return tuple(organisations) + tuple(extra)


def _with_owner_people(people, actions, document):
    """An owner known only by first name stays a person of its own, as written."""
    names = {p.name for p in people} | {a for p in people for a in p.aliases}
    extra = []
    for action in actions:
        if action.owner_kind == OwnerKind.PERSON and action.owner and action.owner not in names:
            names.add(action.owner)
            extra.append(people_finder.merge_mentions([people_finder.PersonMention(
                action.owner, None, None, None, False, 0.5, action.source)])[0])
    return tuple(people) + tuple(extra)


def _projects(document: Document) -> tuple[Project, ...]:
    found: dict[str, Project] = {}
    for name, index, confidence in named_projects(document):
        block = document.blocks[index]
        if name.casefold() not in {k.casefold() for k in found}:
            found[name] = Project(name, confidence, (Source(document.key, index, block.text[:200],
                                                           block.provenance.page, block.provenance.paragraph),))
    for index, block in enumerate(document.blocks):
        for name in _KNOWN_PROJECTS:
            if name.lower() in block.text.lower():
                canonical = "Mobilt team närsjukvård" if name.startswith("Mobil") and "team" in name else name
                if not any(canonical.lower() in k.lower() for k in found):  # "Childcheck" in "Childcheck Nordost"
                    found[canonical] = Project(canonical, 0.8, (Source(document.key, index, block.text[:200],
                                                                     block.provenance.page,
                                                                     block.provenance.paragraph),))
    return tuple(found.values())


# A sentence anywhere that reports progress on something ("är nu klar", "har påbörjats", "pågår").
_PROGRESS = re.compile(r"\b(?:är\s+(?:nu\s+)?klar|är\s+genomförd|har\s+genomförts|har\s+bildats|har\s+påbörjats|"
                       r"har\s+skickats|skickades|lämnades|genomfördes|pågår|är\s+försenad|har\s+försenats|"
                       r"enligt\s+uppdrag(?:et)?)\b",
                       re.IGNORECASE)
_DELIVERED = re.compile(r"har\s+(?:skickats|genomförts)|skickades|lämnades|genomfördes|enligt\s+uppdrag",
                        re.IGNORECASE)
_STARTED = re.compile(r"har\s+(?:bildats|påbörjats)", re.IGNORECASE)


def status_reports(document: Document) -> list[StatusReport]:
    """What may report on earlier tasks: everything under an "Återkoppling"/"föregående" item,
    action- and plan-table rows, and sentences elsewhere that report progress."""
    agenda, item_of_block = agenda_of(document)
    titles = {a.number: a.title for a in agenda}
    reports: list[StatusReport] = []
    heading = ""
    for index, block in enumerate(document.blocks):
        source = Source(document.key, index, block.text[:300], block.provenance.page, block.provenance.paragraph)
        if block.kind == BlockKind.HEADING:
            heading = block.text  # unnumbered sections ("Hänt sen förra mötet") report too
        title = titles.get(item_of_block[index] or "", "") or heading
        if block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
            if FOLLOW_UP_ITEM.search(title):
                reports.append(StatusReport(block.text, status_of(block.text), source))
            else:
                reports.extend(_progress_reports(block.text, source))
        elif block.kind == BlockKind.TABLE and block.has_header and not people_finder.is_table_of_people(block):
            reports.extend(_row_reports(block, source))
    return reports


def _progress_reports(text: str, source: Source) -> list[StatusReport]:
    """A progress sentence, read with the sentence before it ("... i uppdrag att kartlägga X.
    Arbetet har påbörjats.") so that it names what it reports on."""
    found, previous = [], ""
    for sentence in sentences(text):
        if _PROGRESS.search(sentence):
            found.append(StatusReport(f"{previous} {sentence}".strip(), _progress_status(sentence), source))
        previous = sentence
    return found


def _row_reports(block: Block, source: Source) -> list[StatusReport]:
    """Rows of an action or plan table; a plan row that reports no progress is a plan, not a report."""
    columns = action_columns(block.rows[0])
    is_plan = any(c.lower().strip().startswith("indikator") for c in block.rows[0])
    reports = []
    for row in block.rows[1:]:
        status_cell = cell(row, columns.status) if columns and columns.status is not None else row[-1]
        status = status_of(status_cell) if len(row) > 1 else ActionStatus.OPEN
        if is_plan and status == ActionStatus.OPEN:
            continue
        owner = cell(row, columns.owner) or None if columns else None
        row_source = replace(source, quote=" | ".join(c for c in row if c)[:300])  # the row, not the table
        reports.append(StatusReport(_row_text(row, columns), status, row_source, owner))
    return reports


def _row_text(row: tuple[str, ...], columns) -> str:
    """What a row says of its task: the task and status cells. Its owner, period and indicator cells
    are worded alike in every row of a plan ("Processledarna Nära vård", "November 2022 – april 2023",
    "Antal genomförda ..."), so matched on they made one row report on another row's task."""
    if columns is None:
        return " ".join(row)
    kept = [*columns.tasks, *([columns.status] if columns.status is not None else [])]
    return " ".join(cell(row, index) for index in kept if cell(row, index))


def _progress_status(sentence: str) -> ActionStatus:
    status = status_of(sentence)
    if status == ActionStatus.OPEN and _STARTED.search(sentence):
        return ActionStatus.IN_PROGRESS
    if status == ActionStatus.OPEN and _DELIVERED.search(sentence):
        return ActionStatus.DONE
    return status
