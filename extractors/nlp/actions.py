"""Action items: who does what by when, from prose, "Ansvarig:" lines and action/plan tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from extractors.context import DocumentContext
from extractors.model import Block, BlockKind
from extractors.nlp.dates import parse_due
from extractors.nlp.gazetteer import first_names
from extractors.nlp.people import NAME_TOKEN, clean_name
from extractors.nlp.sentences import sentences
from extractors.records import Action, ActionStatus, OwnerKind, Person, Source

# Verbs that commit the subject to a task ("Anna tar fram", "Per återkommer").
_TASK_VERBS = (
    r"tar\s+fram|tar\s+frågan|tar\s+med\s+sig|tar\s+kontakt|tar\s+upp|återkommer|samordnar|undersöker|"
    r"sammanställer|skickar|bjuder\s+in|ansvarar\s+för|utser|justerar|redovisar|kontaktar|initierar|"
    r"lämnar|följer\s+upp|utreder|uppdaterar|informerar|bevakar|förbereder|kallar|ser\s+över|"
    r"stämmer\s+av|tittar\s+på|ska\s+ta\s+fram|ska\s+återkomma|ska\s+redovisa|ska(?!\s+få\b)|åtar\s+sig|"
    r"får\s+i\s+uppdrag|fixar|ordnar|skriver|svarar|upprättar|arrangerar|lägger\s+upp|tar\s+på\s+sig|"
    r"tar\s+reda\s+på|kollar|kontrollerar|skapar|bokar|beställer|meddelar|ringer|hör\s+av\s+sig|"
    r"har\s+lovat|lovar|planerar\s+att|kommer\s+att|"
    r"(?:presenterar|redovisar)(?=.*\b(?:vid|på|till|inför)\s+(?:nästa|nästkommande)\b)"  # promised for later
)
_GROUPS = (
    r"Processledarna(?:\s+Nära\s+vård)?|Processledaren|Operativa\s+arbetsgruppen|Arbetsgruppen|Styrelsen|"
    r"SVU-nätverket(?:\s+\w+)?|Kansliet|Sekretariatet|Projektgruppen|Valberedningen|Ordföranden|"
    r"(?:Samtliga|Alla)\s+(?:styrelsemedlemmar|styrelseledamöter|ledamöter)"
)
_WHOLE_BOARD = re.compile(r"^(?:samtliga|alla)\s+", re.IGNORECASE)
# "… ta med det till nästa träff (Josef)." : a task list item with its owner in brackets at the end.
_TRAILING_OWNER = re.compile(rf"\(({NAME_TOKEN}(?:\s+{NAME_TOKEN})?)\)+\.?\s*$")
_SUBJECT = re.compile(
    rf"^(?:[Aa]tt\s+)?(?P<owner>{_GROUPS}|{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})(?:\s+(?:och|&)\s+{NAME_TOKEN})?\s+"
    rf"(?P<verb>{_TASK_VERBS})\b"
)
_PASSIVE = re.compile(
    r"\b(?:tas\s+fram|ska\s+(?:tas\s+fram|redovisas|lämnas|skickas|hanteras|tas\s+upp)|ges\s+i\s+uppdrag|"
    r"får\s+i\s+uppdrag|får\s+till\s+uppgift|ges\s+i\s+uppgift|behöver\s+hanteras|tas\s+upp\s+i|"
    r"planeras\s+att\s+tas\s+fram)\b",
    re.IGNORECASE,
)
# "Göran redovisar lägesbilden: ..." reports, it does not commit to a task.
_REPORTING = re.compile(r"^\S+(?:\s+\S+){0,2}\s+(?:redovisar|informerar|presenterar|berättar)\b.*(?::|\batt\b|\bom\b)",
                        re.IGNORECASE)
_DEADLINE = re.compile(r"\bsenast\b|\bklar(?:t)?\s+(?:senast|till)\b", re.IGNORECASE)
# "Eva presenterar ett förslag vid nästa stämma": a report promised for later is a task.
_LATER = re.compile(r"\b(?:vid|på|till|inför)\s+(?:nästa|nästkommande)\b", re.IGNORECASE)
# Chairing a meeting is no task: "Ordföranden lämnar ordet till revisorn".
_PROCEDURE = re.compile(r"\blämnar\s+ordet\b|\bförklarar\s+mötet\b|\böppnar\s+mötet\b", re.IGNORECASE)
# Someone is given the task by others: "Vi sätter Eva på det", "överlåter till styrelsen att",
# "uppdrar åt kansliet att", "ger Anna i uppdrag att", "Speciellt kommer Eva skriva ...".
_ASSIGNED = re.compile(
    rf"\b(?:sätter|satte)\s+(?P<a>{NAME_TOKEN})\s+på\b"
    rf"|\b(?:överlåter|överlät|uppdrar|uppdrog|delegerar)\s+(?:till|åt)\s+(?P<b>[\wåäöÅÄÖ-]+)\s+att\b"
    rf"|\b(?:ger|gav)\s+(?P<c>[\wåäöÅÄÖ-]+(?:\s+{NAME_TOKEN})?)\s+i\s+uppdrag\s+att\b"
    rf"|^(?:[A-ZÅÄÖ]\w+\s+)?(?:kommer|ska|skall)\s+(?P<d>{NAME_TOKEN})\s+(?:att\s+)?[a-zåäö]+"
)
# "Eva fixar det": the task is what the sentence before it named.
# The pronoun stands alone ("fixar det när ..."), not as an article ("skickar ut det reviderade utkastet").
_ANAPHORIC = re.compile(r"^\S+(?:\s+\S+)?\s+\S+\s+(?:det|detta|dem|dessa)(?=\s*(?:[.,;!?]|$)|\s+(?:när|på|till|i|nu|"
                        r"sedan|senare|också|direkt|innan|efter|under|så|och|snarast)\b)", re.IGNORECASE)
_GIVEN_TASK = re.compile(r"\bfår\s+(?:till|i)\s+uppgift\s+att\b|\bges\s+i\s+uppgift\s+att\b", re.IGNORECASE)
_RESPONSIBLE = re.compile(r"^\s*Ansvarig[a]?\s*:\s*(.+)$", re.IGNORECASE)
_ASSIGNMENT = re.compile(r"^\s*(?:Uppdrag|Åtgärd|Att göra|Actionpunkt|Action)\s*:\s*(.+)$", re.IGNORECASE)
_TASK_SECTION = re.compile(r"^\W*(?:action\s*-?points?|actionpunkter|action\s+items?|att[\s-]+göra|åtgärder|"
                           r"åtgärdspunkter|uppgifter|to\s*-?do)\b", re.IGNORECASE)
_URL = re.compile(r"<?https?://\S+>?|\[[^\]]*\]\([^)]*\)")
_EVERYONE = frozenset({"alla", "samtliga", "alla deltagare", "var och en"})
_EVERYONE_AT_END = re.compile(r"\((?:alla|samtliga)\)\W*$|[-–]\s*(?:alla|samtliga)\W*$", re.IGNORECASE)
_NOT_ACTION = re.compile(
    r"webbinari|webinari|kick-?off|driftstart|nästa möte hålls|frågan tas upp på nästa möte|hälsar välkommen",
    re.IGNORECASE,
)
_EVENT_ONLY = re.compile(r"nästa möte hålls|frågan tas upp på nästa möte|hälsar välkommen", re.IGNORECASE)
_STATUS_WORDS = (
    (re.compile(r"\b(klar|klart|genomförd|genomfört|avslutad|slutförd|färdig)\b", re.IGNORECASE),
     ActionStatus.DONE),
    (re.compile(r"\b(pågår|påbörjad|pågående|försenad|delvis)\b", re.IGNORECASE), ActionStatus.IN_PROGRESS),
    (re.compile(r"\b(ej påbörjad|inte påbörjad|ej startad|öppen)\b", re.IGNORECASE), ActionStatus.OPEN),
)
_TABLE_TASK = ("åtgärd", "aktivitet", "uppdrag", "uppgift", "vad")
_TABLE_OWNER = ("ansvarig",)
_TABLE_DUE = ("klart senast", "tidplan", "deadline", "när", "datum", "klart")
_TABLE_STATUS = ("status", "resultat", "kommentar")
# "Föregående möte(t/s/n)", not any "föregående": "Föregående minnesanteckningar" is their approval
# ("Inga synpunkter"), "Föregående verksamhetsårs berättelse" an annual report; what such items do
# report on earlier tasks is found as anywhere else, by its progress words.
FOLLOW_UP_ITEM = re.compile(r"återkoppling|föregående\s+möte[nst]?\b|uppföljning av (?:beslut|åtgärder)|åtgärdslista|"
                            r"(?:hänt|gjort)\s+(?:sen|sedan)\s+(?:förra|senaste)\s+mötet", re.IGNORECASE)


def status_of(text: str) -> ActionStatus:
    for pattern, status in reversed(_STATUS_WORDS):  # "Ej påbörjad" before "påbörjad"
        if pattern.search(text):
            return status
    return ActionStatus.OPEN


def find_actions(ctx: DocumentContext) -> list[Action]:
    found: list[Action] = []
    blocks = ctx.document.blocks
    task_blocks = _task_section_blocks(ctx)
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE:
            found.extend(_from_table(ctx, index, block))
        elif index in task_blocks:
            found.append(_from_task_item(ctx, index, block))
        elif block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} and not _in_follow_up_item(ctx, index):
            responsible = _RESPONSIBLE.match(block.text)
            if responsible and found and found[-1].source.block_index in {index - 1, index - 2}:
                found[-1] = _with_owner(ctx, found[-1], responsible.group(1), index)
                continue
            found.extend(_from_prose(ctx, index, block))
    return _without_restatements(found)


def _without_restatements(actions: list[Action]) -> list[Action]:
    """The same task stated twice in nearby paragraphs (background, then the proposal) is one task: the
    statement naming a person wins, else the first."""
    kept: list[Action] = []
    for action in actions:
        twin = next((k for k in kept if 0 < abs(k.source.block_index - action.source.block_index) <= 4
                     and _overlap(k.text, action.text) >= 0.6), None)  # rows of one table are each a task
        if twin is None:
            kept.append(action)
        elif action.owner_kind == OwnerKind.PERSON and twin.owner_kind != OwnerKind.PERSON:
            kept[kept.index(twin)] = action
    return kept


def _overlap(a: str, b: str) -> float:
    ta, tb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _in_follow_up_item(ctx: DocumentContext, index: int) -> bool:
    number = ctx.item_of_block[index]
    item = next((a for a in ctx.agenda if a.number == number), None)
    return item is not None and bool(FOLLOW_UP_ITEM.search(item.title))


def _task_section_blocks(ctx: DocumentContext) -> set[int]:
    """Paragraphs and list items under a heading that announces tasks ("Actionpoints inför nästa möte",
    "Att göra", "Åtgärder"), up to the next heading of the same or a higher level."""
    found: set[int] = set()
    level: int | None = None
    for index, block in enumerate(ctx.document.blocks):
        if block.kind == BlockKind.HEADING:
            if _TASK_SECTION.match(block.text):
                level = block.level
                continue
            if level is not None and block.level <= level:
                level = None
        elif level is not None and block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} and block.text.strip():
            found.add(index)
    return found


def _from_task_item(ctx: DocumentContext, index: int, block: Block) -> Action:
    """One item of a task list: every item is a task; its owner is named after a dash ("... - Tullverket"),
    in brackets ("(Eva)"), before a dash ("Post- och telestyrelsen, Vinnova - skissa ...") or as the
    subject of a clause; "alla" is everyone, so no one in particular."""
    text = re.sub(r"\s+", " ", _URL.sub("", block.text)).strip(" :")
    owner, confidence = None, 0.65
    segments = [part.strip() for part in re.split(r"\s+[-–]\s+", text) if part.strip()]
    for candidate in [segments[-1], segments[0]] if len(segments) > 1 else []:
        named = _named_owner(ctx, index, candidate)
        if named is not None:
            owner, confidence = named, 0.75
            break
    if owner is None and not _EVERYONE_AT_END.search(text):
        for part in [text, *segments[1:], *sentences(text)]:
            owner, found_confidence = _subject_owner(ctx, index, part)
            if owner is not None:
                confidence = min(found_confidence, 0.75)
                break
    if owner is not None and owner[0].casefold() in _EVERYONE:
        owner = None
    due, due_text = parse_due(text, ctx.meeting_date)
    return _action(ctx, index, block, text, owner, due, due_text, status_of_task(text), confidence)


def status_of_task(text: str) -> ActionStatus:
    return ActionStatus.OPEN  # a task list names what is to be done, not how far it has come


def _named_owner(ctx: DocumentContext, index: int, segment: str) -> tuple[str, OwnerKind] | None:
    """A dash segment that is only an owner (or a list of owners, the first counting): "Tullverket",
    "Post- och telestyrelsen, Vinnova i första hand?", "alla"."""
    first = re.split(r",|;|(?<!-)\s+och\s+|\s+&\s+", segment.strip(" ?.!"))[0].strip()  # not "Post- och"
    first = re.sub(r"\s+i\s+första\s+hand$", "", first)
    if first.casefold() in _EVERYONE:
        return (first.casefold(), OwnerKind.ORGANISATION)
    organisation = _known_organisation(ctx, first)
    if organisation:
        return organisation, OwnerKind.ORGANISATION
    if re.fullmatch(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})?", first) and first.split()[0] in first_names():
        person = resolve_person(ctx, index, first)
        return (person.name if person else first), OwnerKind.PERSON
    return None


def _known_organisation(ctx: DocumentContext, written: str) -> str | None:
    folded = written.casefold()
    return next((o.name for o in ctx.organisations if folded in {o.name.casefold(), o.canonical.casefold()}), None)


def _from_prose(ctx: DocumentContext, index: int, block: Block) -> list[Action]:
    actions = []
    assignment = _ASSIGNMENT.match(block.text)
    all_sentences = sentences(assignment.group(1) if assignment else block.text)
    previous_was_action = False
    for position, sentence in enumerate(all_sentences):
        if sentence.lower().startswith("beslut"):
            previous_was_action = False
            continue
        owner, confidence = _subject_owner(ctx, index, sentence)
        if _NOT_ACTION.search(sentence) and (owner is None or _EVENT_ONLY.search(sentence)):
            continue  # a kickoff or webinar as an event, not someone's task to prepare one
        if owner is not None and _PROCEDURE.search(sentence):
            continue
        if owner is not None and _REPORTING.search(sentence) and not (_DEADLINE.search(sentence)
                                                                      or _LATER.search(sentence)):
            continue
        if owner is None and not (assignment or _GIVEN_TASK.search(sentence) or _PASSIVE.search(sentence)
                                  or _DEADLINE.search(sentence)):
            previous_was_action = False  # no owner and no cue: not a task, whatever date it names
            continue
        due, due_text = parse_due(sentence, ctx.meeting_date)
        if owner is None:
            if not (assignment or _PASSIVE.search(sentence) and due or _DEADLINE.search(sentence) and due
                    or _GIVEN_TASK.search(sentence)):
                previous_was_action = False
                continue
            confidence = 0.6
        text = sentence
        if owner is not None and not previous_was_action and _ANAPHORIC.match(sentence):
            before = all_sentences[position - 1] if position > 0 else _last_sentence_before(ctx, index)
            text = f"{before} {sentence}".strip()  # "... vore bra. Eva fixar det."
        following = all_sentences[position + 1] if position + 1 < len(all_sentences) \
            else _first_sentence_after(ctx, index)
        if owner is not None and due is None and following and _names(following, owner[0]):
            later_due, later_words = parse_due(following, ctx.meeting_date)
            if later_due:  # "... överlåter till styrelsen att ... Om styrelsen inte ... inom tre månader ..."
                text, due, due_text = f"{text} {following}", later_due, later_words
        actions.append(_action(ctx, index, block, text, owner, due, due_text, ActionStatus.OPEN, confidence))
        previous_was_action = True
    return actions


def _last_sentence_before(ctx: DocumentContext, index: int) -> str:
    """Line-broken text (a text file, a PDF line) splits one paragraph into blocks."""
    before = ctx.document.blocks[index - 1] if index > 0 else None
    if before is None or before.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
        return ""
    found = sentences(before.text)
    return found[-1] if found else ""


def _first_sentence_after(ctx: DocumentContext, index: int) -> str:
    blocks = ctx.document.blocks
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or after.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
        return ""
    found = sentences(after.text)
    return found[0] if found else ""


def _names(sentence: str, owner: str) -> bool:
    """The sentence speaks of the owner again (full name, first name or the group, any case)."""
    words = sentence.casefold()
    return owner.casefold() in words or owner.split()[0].casefold() in words.split()


def _subject_owner(ctx: DocumentContext, index: int, sentence: str) -> tuple[tuple[str, OwnerKind] | None, float]:
    trailing = _TRAILING_OWNER.search(sentence)
    if trailing and trailing.group(1).split()[0] in first_names():
        person = resolve_person(ctx, index, trailing.group(1))
        return ((person.name if person else trailing.group(1)), OwnerKind.PERSON), 0.7
    match = _SUBJECT.match(sentence)
    if not match:
        return _assigned_owner(ctx, index, sentence)
    written = re.sub(r"\s+", " ", match.group("owner"))
    if re.fullmatch(_GROUPS, written):
        return (_group_name(written), OwnerKind.ORGANISATION), 0.8
    organisation = _known_organisation(ctx, written)
    if organisation:  # "Tullverket kollar med Vinnova"
        return (organisation, OwnerKind.ORGANISATION), 0.75
    person = resolve_person(ctx, index, written)
    if person is not None:
        return (person.name, OwnerKind.PERSON), 0.85 if " " in written else 0.75
    if written.split()[0] in first_names():
        return (written, OwnerKind.PERSON), 0.5
    return None, 0.0


def _assigned_owner(ctx: DocumentContext, index: int, sentence: str) -> tuple[tuple[str, OwnerKind] | None, float]:
    """The one others give the task to: "Vi sätter Eva på det", "överlåter till styrelsen att ..."."""
    match = _ASSIGNED.search(sentence) if _has_assignment_word(sentence) else None
    if not match:
        return None, 0.0
    written = next(g for g in match.groups() if g)
    if re.fullmatch(_GROUPS, written, re.IGNORECASE) or re.fullmatch(_GROUPS, _group_name(written)):
        return (_group_name(written), OwnerKind.ORGANISATION), 0.7
    organisation = _known_organisation(ctx, written)
    if organisation:
        return (organisation, OwnerKind.ORGANISATION), 0.7
    person = resolve_person(ctx, index, written)
    if person is not None:
        return (person.name, OwnerKind.PERSON), 0.7
    if written.split()[0] in first_names():
        return (written, OwnerKind.PERSON), 0.5
    return None, 0.0


_ASSIGNMENT_WORDS = ("sätter", "satte", "överlåt", "uppdr", "delegera", "ger ", "gav ", "kommer ", "ska ", "skall ")


def _has_assignment_word(sentence: str) -> bool:
    return any(word in sentence for word in _ASSIGNMENT_WORDS)


def _group_name(written: str) -> str:
    if written.startswith("Processledar"):
        return "Processledarna Nära vård"
    if _WHOLE_BOARD.match(written):  # "Samtliga styrelsemedlemmar tar fram ..." is the board's task
        return "Styrelsen"
    return written[0].upper() + written[1:]


def resolve_person(ctx: DocumentContext, index: int, written: str) -> Person | None:
    """A full or first name -> the document's person: the current item's presenter first."""
    written = written.strip()
    exact = [p for p in ctx.people if p.name == written or written in p.aliases]
    if exact:
        return exact[0]
    if " " in written:
        return None
    candidates = [p for p in ctx.people if p.name.split()[0] == written]
    if not candidates and len(written) >= 4:  # "Mikael" for the document's only Michael
        similar = [p for p in ctx.people if " " in p.name and p.name[0] == written[0]
                   and Levenshtein.distance(p.name.split()[0].casefold(), written.casefold()) == 1]
        return similar[0] if len(similar) == 1 else None
    if len(candidates) == 1:
        return candidates[0]
    presenter = _presenter(ctx, index)
    return next((p for p in candidates if presenter and p.name == presenter), None)


def _presenter(ctx: DocumentContext, index: int) -> str | None:
    number = ctx.item_of_block[index]
    item = next((a for a in ctx.agenda if a.number == number), None)
    return item.presenter if item else None


def _with_owner(ctx: DocumentContext, action: Action, written: str, index: int) -> Action:
    name = re.split(r",| och | & ", written)[0].strip(" .")
    person = resolve_person(ctx, index, name)
    owner = (person.name, OwnerKind.PERSON) if person else (name, OwnerKind.ORGANISATION)
    return Action(action.text, owner[0], owner[1], action.due, action.due_text, action.status,
                  action.agenda_item, action.projects, max(action.confidence, 0.85), action.source)


def _action(ctx, index, block, text, owner, due, due_text, status, confidence) -> Action:
    source = Source(ctx.document.key, index, text, block.provenance.page, block.provenance.paragraph)
    return Action(text, owner[0] if owner else None, owner[1] if owner else None, due, due_text, status,
                  ctx.item_of_block[index], (), confidence, source)


@dataclass(frozen=True)
class _Columns:
    """Where an action table keeps its task, owner, due date and status (None when it has none)."""

    tasks: tuple[int, ...]  # preferred first: the sub-regional activity before the central one
    owner: int | None
    due: int | None
    status: int | None
    width: int


def action_columns(header_row: tuple[str, ...]) -> _Columns | None:
    header = [cell.lower().strip(" :") for cell in header_row]
    tasks = [i for i, cell in enumerate(header) if cell.startswith(_TABLE_TASK)]
    tasks.sort(key=lambda i: 0 if "delregional" in header[i] or "lokal" in header[i] else 1)
    owner, due = _column(header, _TABLE_OWNER), _column(header, _TABLE_DUE)
    if not tasks or (owner is None and due is None):
        return None
    return _Columns(tuple(tasks), owner, due, _column(header, _TABLE_STATUS), len(header))


def _from_table(ctx: DocumentContext, index: int, block: Block) -> list[Action]:
    """Rows of an action or activity-plan table; a headerless table right after one continues it."""
    columns = action_columns(block.rows[0])
    body = block.rows[1:]
    if columns is None:
        columns = _continued_columns(ctx, index, block)
        body = block.rows
    if columns is None:
        return []
    actions = []
    for row in body:
        text = next((cell(row, t) for t in columns.tasks if len(cell(row, t).split()) >= 3), "")
        owner_text, due_text = cell(row, columns.owner), cell(row, columns.due)
        if not text or not (owner_text or due_text):
            continue
        due, _ = parse_due(due_text, ctx.meeting_date) if due_text else (None, None)
        owner = _table_owner(ctx, index, owner_text)
        status = status_of(cell(row, columns.status)) if columns.status is not None else ActionStatus.OPEN
        actions.append(_action(ctx, index, block, text, owner, due, due_text or None, status, 0.9))
    return actions


def _continued_columns(ctx: DocumentContext, index: int, block: Block) -> _Columns | None:
    """Word starts a new table after a page break or a heading row; it keeps the earlier header's layout."""
    for earlier in reversed(ctx.document.blocks[max(0, index - 3):index]):
        if earlier.kind == BlockKind.TABLE:
            columns = action_columns(earlier.rows[0]) if earlier.rows else None
            if columns is not None and any(len(row) == columns.width for row in block.rows):
                return columns
            return None
    return None


def _table_owner(ctx: DocumentContext, index: int, text: str) -> tuple[str, OwnerKind] | None:
    if not text:
        return None
    first = re.split(r",|;| och | & |/|\n", text)[0].strip()
    name, _, _ = clean_name(first)
    person = resolve_person(ctx, index, name)
    if person:
        return person.name, OwnerKind.PERSON
    for person in ctx.people:  # "Processledarna Nära vård Therese Åkergren" -> the person named
        if person.name in text:
            return person.name, OwnerKind.PERSON
    return _group_name(name), OwnerKind.ORGANISATION


def _column(header: list[str], words: tuple[str, ...]) -> int | None:
    for word in words:
        for position, cell in enumerate(header):
            if cell.startswith(word):
                return position
    return None


def cell(row: tuple[str, ...], position: int | None) -> str:
    return row[position].strip() if position is not None and position < len(row) else ""
