"""People in a document: participant tables and lists, presenters, signatures, running text.

Finders return :class:`PersonMention` (one sighting); :func:`merge_mentions` folds the
sightings of one document into :class:`extractors.records.Person` records, joining a
misspelt surname or a name without its middle name to the fuller form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz.distance import Levenshtein

from extractors.model import Block, BlockKind
from extractors.nlp.gazetteer import first_names, role_titles
from extractors.nlp.sentences import sentences
from extractors.records import Attendance, Person, Source

# A capitalised word in any Latin script ("Begović", "Åkergren", "Lindqvist-Sandberg").
# "Öberg", "Lindqvist-Sandberg", "O'Neill", "D’Souza"
NAME_TOKEN = r"[A-ZÅÄÖÉÜØÆŠŽČĆ](?:['’][A-ZÅÄÖ])?[^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_FULL_NAME = re.compile(rf"\b({NAME_TOKEN}(?:\s+(?:van|von|de|af|el)?\s*{NAME_TOKEN}){{1,3}})")
_MARKERS = {
    "deltagare": Attendance.PRESENT, "närvarande": Attendance.PRESENT, "ledamöter": Attendance.PRESENT,
    "inbjudna": Attendance.INVITED, "inbjuden": Attendance.INVITED, "gäster": Attendance.INVITED,
    "gäst": Attendance.INVITED, "adjungerade": Attendance.INVITED,
    "frånvarande": Attendance.ABSENT, "förhinder": Attendance.ABSENT, "anmält förhinder": Attendance.ABSENT,
    "kallade": Attendance.PRESENT,
}
_ABSENT_NOTE = re.compile(r"\(\s*(förhinder|frånvarande|ej närvarande)\s*\)|,\s*\(förhinder\)", re.IGNORECASE)
_ACTING_NOTE = re.compile(r"\(\s*tf\.?\s*\)", re.IGNORECASE)
_FORUM_ROLES = re.compile(r"^(ordförande|vice ordförande|sekreterare|justerare|sammankallande|mötesordförande)$",
                          re.IGNORECASE)
_TRAILING_ROLE = re.compile(r"^(.+?)\s+(ordförande|vice ordförande|sekreterare|justerare)$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MINUTE_TAKER = re.compile(rf"(?:Vid protokollet|Protokollförare|Sekreterare)[ ]*:?[ ]*({NAME_TOKEN}(?:[ ]+{NAME_TOKEN})+)")
# A list item that is only given names: "- Maja", "- Lisa/Olle" (who takes part in a work area).
_GIVEN_NAMES_ITEM = re.compile(rf"^[\s*_]*({NAME_TOKEN}(?:\s*/\s*{NAME_TOKEN})*)[\s*_]*$")
_LIST_LINE = re.compile(r"^(närvarande|frånvarande|inbjudna|deltagare|gäster|anmält förhinder)\s*:\s*(.+)$",
                        re.IGNORECASE)
# Capitalised words that start sentences or name things but are never given names here.
_NOT_NAMES = frozenset({"Region", "Vårdcentralen", "Beslut", "Mobilt", "Mobil", "Mobila", "Delregional", "Central"})


@cache
def _role_words() -> frozenset[str]:
    return frozenset(t.lower() for t in role_titles() if " " not in t)


@dataclass(frozen=True)
class PersonMention:
    name: str
    role: str | None
    organisation: str | None
    attendance: Attendance | None
    acting: bool
    confidence: float
    source: Source
    forum_role: str | None = None
    email: str | None = None


def is_person_name(text: str) -> bool:
    """Two to four capitalised words, the first a known given name."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or tokens[0] in _NOT_NAMES:
        return False
    if not all(re.fullmatch(NAME_TOKEN, t) or t in {"van", "von", "de", "af", "el"} for t in tokens):
        return False
    if any(t.lower() in _role_words() for t in tokens[1:]):
        return False
    if _is_genitive_of_name(tokens[0]):  # "Annas Café", "Pers Bod" name a place, not a person
        return False
    return tokens[0] in first_names() or tokens[0].split("-")[0] in first_names()


def _is_genitive_of_name(token: str) -> bool:
    return token.endswith("s") and token not in first_names() and token[:-1] in first_names()


def clean_name(cell: str) -> tuple[str, bool, bool]:
    """Strip notes from a name cell: (name, absent, acting)."""
    absent = bool(_ABSENT_NOTE.search(cell))
    acting = bool(_ACTING_NOTE.search(cell))
    name = _ABSENT_NOTE.sub("", _ACTING_NOTE.sub("", cell))
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    return re.sub(r"\s+", " ", name).strip(" ,;"), absent, acting


def from_table(block: Block, block_index: int, document_key: str, attendance_default: Attendance | None,
               ) -> list[PersonMention]:
    """Rows "Name | Role | Organisation" with marker rows "Deltagare:", "Inbjudna:" ..."""
    mentions: list[PersonMention] = []
    status = attendance_default
    header = [c.lower() for c in block.rows[0]] if block.has_header else []
    columns = _columns(header)
    for row in block.rows[1:] if block.has_header else block.rows:
        first = row[0] if row else ""
        marker = _MARKERS.get(first.lower().rstrip(":").strip())
        if marker is not None and attendance_default is not None:
            status = marker
            continue
        name, absent, acting = clean_name(first if columns is None else row[columns[0]] if len(row) > columns[0] else "")
        if not is_person_name(name):
            continue
        role, organisation = _role_and_org(row, columns)
        attendance = Attendance.ABSENT if absent else status
        if columns is not None and len(columns) > 3 and len(row) > columns[3]:
            attendance = _yes_no(row[columns[3]], attendance)
        quote = " | ".join(row)
        mentions.append(PersonMention(name, role, organisation, attendance, acting, 0.95,
                                      Source(document_key, block_index, quote, block.provenance.page,
                                             block.provenance.paragraph)))
    return mentions


def _columns(header: list[str]) -> tuple[int, ...] | None:
    """Indexes of name, role, organisation (and attendance) columns when the table has a header."""
    if not header:
        return None
    def find(*words: str) -> int:
        return next((i for i, h in enumerate(header) if any(w in h for w in words)), -1)
    name = find("namn", "name", "deltagare")
    if name < 0:
        return None
    return (name, find("roll", "titel", "befattning", "funktion", "post"),
            find("organisation", "verksamhet", "kommun", "förvaltning"), find("närvarande", "närvaro"))


def _yes_no(cell: str, default: Attendance | None) -> Attendance | None:
    value = cell.strip().lower()
    if value in {"ja", "x", "närvarande"}:
        return Attendance.PRESENT
    if value in {"nej", "frånvarande", "förhinder"}:
        return Attendance.ABSENT
    return default


def _role_and_org(row: tuple[str, ...], columns: tuple[int, ...] | None) -> tuple[str | None, str | None]:
    if columns is None:
        role = row[1].strip() if len(row) > 1 and row[1].strip() else None
        organisation = row[2].strip() if len(row) > 2 and row[2].strip() else None
        if role and organisation is None and _looks_like_org(role):
            return None, role
        return role, organisation
    _, role_at, org_at, *_ = columns
    role = row[role_at].strip() if 0 <= role_at < len(row) and row[role_at].strip() else None
    organisation = row[org_at].strip() if 0 <= org_at < len(row) and row[org_at].strip() else None
    return role, organisation


def _looks_like_org(text: str) -> bool:
    from extractors.nlp.gazetteer import find_organisations

    return any(m.start == 0 and m.end == len(text) for m in find_organisations(text))


_NAME_THEN_DETAIL = re.compile(rf"^\s*({NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})\s*,\s*([^,;]{{2,80}})$")


def from_cells(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    """Cells of other tables that read "Name, Organisation" or "Name, Role" (working-group lists),
    and names in an action table's "Ansvarig" column."""
    mentions = []
    header = [c.lower() for c in block.rows[0]] if block.rows else []
    owner_column = next((i for i, h in enumerate(header) if h.startswith("ansvarig")), None)
    for row in block.rows:
        for position, cell in enumerate(row):
            match = _NAME_THEN_DETAIL.match(cell)
            if match and is_person_name(match.group(1)):
                detail = match.group(2).strip()
                is_role = any(detail.lower().startswith(t.lower()) for t in role_titles())
                mentions.append(PersonMention(match.group(1), detail if is_role else None,
                                              None if is_role else detail, None, False, 0.8,
                                              _source(block, block_index, document_key)))
            elif position == owner_column:
                for found in _FULL_NAME.finditer(cell):
                    name = _trim_to_name(found.group(1))
                    if name:
                        mentions.append(PersonMention(name, None, None, None, False, 0.8,
                                                      _source(block, block_index, document_key)))
    return mentions


def from_list_line(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    """"Närvarande: Anna Berg, Per Ek (tf), Lisa Holm (förhinder)"; a list item of given names only."""
    match = _LIST_LINE.match(block.text)
    if not match:
        return _given_names_item(block, block_index, document_key)
    status = _MARKERS[match.group(1).lower()]
    mentions = []
    for part in re.split(r",|;| och ", match.group(2)):
        name, absent, acting = clean_name(part.split(",")[0])
        if is_person_name(name):
            mentions.append(PersonMention(name, None, None, Attendance.ABSENT if absent else status, acting, 0.9,
                                          _source(block, block_index, document_key)))
    return mentions


def _given_names_item(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    match = _GIVEN_NAMES_ITEM.match(block.text) if block.kind == BlockKind.LIST_ITEM else None
    if not match:
        return []
    names = [n.strip() for n in match.group(1).split("/")]
    if not all(n in first_names() for n in names):
        return []
    return [PersonMention(n, None, None, None, False, 0.6, _source(block, block_index, document_key)) for n in names]


def signature_table(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    """A signature grid: a row of names above or below a row of forum roles
    ("Carl Ek | Karin Holm" over "Ordförande | Justerare"), read column by column."""
    mentions = []
    for upper, lower in zip(block.rows, block.rows[1:]):
        for names, roles in ((upper, lower), (lower, upper)):
            if len(names) != len(roles) or not all(is_person_name(n.strip()) for n in names if n.strip()):
                continue
            if not all(_SIGNATURE_ROLE.match(r.strip()) for r, n in zip(roles, names) if n.strip()):
                continue
            for name, role in zip(names, roles):
                if name.strip():
                    mentions.append(PersonMention(name.strip(), None, None, Attendance.PRESENT, False, 0.9,
                                                  _source(block, block_index, document_key),
                                                  forum_role=role.strip()))
    return mentions


_SIGNATURE_ROLE = re.compile(r"^(?:mötes)?(?:ordförande|vice ordförande|sekreterare|justerare|justeringsperson|"
                             r"protokolljusterare|rösträknare)$", re.IGNORECASE)


def from_signatures(blocks: tuple[Block, ...], document_key: str) -> list[PersonMention]:
    """A name line directly followed by a forum role line ("Ordförande", "vice ordförande")."""
    mentions = []
    for index in range(len(blocks) - 1):
        name_block, role_block = blocks[index], blocks[index + 1]
        role_text = role_block.text.strip()
        name_text = name_block.text.strip()
        if "/" in name_text:  # "Maria Popoola / Ordförande"
            name_text, _, role_text = (part.strip() for part in name_text.partition("/"))
        trailing = _TRAILING_ROLE.match(name_text)
        if trailing:  # PDF lines of a signature run together: "Anna Berg Ordförande"
            name_text, role_text = trailing.group(1), trailing.group(2)
        if _FORUM_ROLES.match(role_text) and is_person_name(name_text):
            mentions.append(PersonMention(name_text, None, None, Attendance.PRESENT, False, 0.9,
                                          _source(name_block, index, document_key), forum_role=role_text))
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE:
            mentions.extend(signature_table(block, index, document_key))
            continue  # a "Sekreterare | Name | Nej" row is read with its table
        match = _MINUTE_TAKER.search(block.text)
        if match and is_person_name(match.group(1)):
            mentions.append(PersonMention(match.group(1), None, None, Attendance.PRESENT, False, 0.9,
                                          _source(block, index, document_key), forum_role="Sekreterare"))
    return mentions


def from_text(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    """Full names in running text, with "Name, Role, Organisation" when it follows."""
    mentions = []
    # Names run together only on short lines (signatures); prose is read name by name, which is cheaper.
    for match in (_NAME_RUN if len(block.text) <= 120 else _FULL_NAME).finditer(block.text):
        runs = _split_run(match.group(1))
        for position, run in enumerate(runs):
            name = _trim_to_name(run)
            if name is None:
                continue
            role = _role_after(block.text[match.end():]) if position == len(runs) - 1 else None
            mentions.append(PersonMention(name, role, None, None, False, 0.7,
                                          _source(block, block_index, document_key)))
    for match in _NICKNAMED.finditer(block.text) if '"' in block.text or "”" in block.text else ():  # Lisa "Lisen" Holm
        if match.group(1) in first_names():
            source = _source(block, block_index, document_key)
            mentions.append(PersonMention(f"{match.group(1)} {match.group(3)}", None, None, None, False, 0.7, source))
            mentions.append(PersonMention(match.group(0), None, None, None, False, 0.6, source))
    if block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
        mentions.extend(_given_name_subjects(block, block_index, document_key))
    for email in _EMAIL.findall(block.text):
        mentions.append(PersonMention("", None, None, None, False, 0.5, _source(block, block_index, document_key),
                                      email=email))
    return mentions  # e-mail sightings have no name yet: merge_mentions gives them to their person


_NICKNAMED = re.compile(rf"\b({NAME_TOKEN})\s+[\"”“]([^\"”“]{{2,20}})[\"”“]\s+({NAME_TOKEN})")
# A given name opening a sentence, then a verb: "Maja vill ha ...", "Per inledde mötet", "Olle hade velat".
_GIVEN_SUBJECT = re.compile(rf"({NAME_TOKEN})\s+(?:[a-zåäö]+(?:ar|er|ir|or|ur|yr|de|te|dde|tte)|ska|skall|kan|"
                            r"vill|har|hade|är|var|får|fick|tar|tog|gör|gjorde|ser|såg|bör|måste|kommer)\b")


# Given names that open sentences as ordinary words: "Inga motioner har inkommit", "Dag för dag".
_NAMES_THAT_ARE_WORDS = frozenset({"Inga", "Dag", "Bo", "Sten", "Stig", "Liv", "Klara", "Vilja", "Rut", "Tage",
                                   "Ros", "Ask", "Siv", "Ebba"})


_CLAUSE_START = re.compile(r"\b(?:och|men)\s+(?=[A-ZÅÄÖ])")


def _given_name_subjects(block: Block, block_index: int, document_key: str) -> list[PersonMention]:
    found = []
    for sentence in sentences(block.text):
        starts = [0]  # the sentence, and a clause after "och"/"men": "..., och Olle hade velat"
        if " och " in sentence or " men " in sentence:
            starts += [m.end() for m in _CLAUSE_START.finditer(sentence)]
        for start in starts:
            if sentence[start:].split(" ", 1)[0] not in first_names():
                continue  # the cheap test first
            match = _GIVEN_SUBJECT.match(sentence, start)
            if not match or match.group(1) not in first_names() or match.group(1) in _NAMES_THAT_ARE_WORDS:
                continue
            found.append(PersonMention(match.group(1), None, None, None, False, 0.5,
                                       _source(block, block_index, document_key)))
    return found


# Capitalised words in a row, longer than one name: PDF signature lines run names together
# ("Carl Ek Karin Barck Holst Anders Berg").
_NAME_RUN = re.compile(rf"\b({NAME_TOKEN}(?:\s+(?:van|von|de|af|el)?\s*{NAME_TOKEN}){{1,8}})")


def _split_run(run: str) -> list[str]:
    """A new name starts at a given name that follows a surname."""
    parts: list[list[str]] = [[]]
    for token in run.split():
        if parts[-1] and token in first_names() and parts[-1][-1] not in first_names() and len(parts[-1]) >= 2:
            parts.append([])
        parts[-1].append(token)
    return [" ".join(p) for p in parts]


def _trim_to_name(candidate: str) -> str | None:
    tokens = candidate.split()
    while len(tokens) >= 2:
        name = " ".join(tokens)
        if is_person_name(name):
            return name
        tokens = tokens[:-1]
    return None


def _role_after(rest: str) -> str | None:
    match = re.match(r"\s*,\s*([^,.;()]+)", rest)
    if not match:
        return None
    phrase = match.group(1).strip()
    return phrase if any(phrase.lower().startswith(t.lower()) for t in role_titles()) else None


def _source(block: Block, block_index: int, document_key: str) -> Source:
    return Source(document_key, block_index, block.text[:300], block.provenance.page, block.provenance.paragraph)


@dataclass
class _Cluster:
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[PersonMention] = field(default_factory=list)


def same_person(a: str, b: str) -> bool:
    """Within one document: same given name and the surname equal, contained or one or two edits away."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2 or ta[0] != tb[0]:
        return False
    if ta[-1] == tb[-1]:
        return True
    return Levenshtein.distance(ta[-1].lower(), tb[-1].lower()) <= (2 if min(len(ta[-1]), len(tb[-1])) > 5 else 1)


def merge_mentions(mentions: list[PersonMention]) -> list[Person]:
    """Fold sightings into people; the participant-table form of a name wins over prose forms."""
    emails = [m.email for m in mentions if not m.name and m.email]
    mentions = [m for m in mentions if m.name]
    ordered = sorted(mentions, key=lambda m: (-m.confidence, -len(m.name.split())))
    clusters: list[_Cluster] = []
    table_names: set[str] = {m.name for m in mentions if m.confidence >= 0.95}
    for mention in ordered:
        target = next((c for c in clusters if c.name == mention.name or mention.name in c.aliases), None)
        if target is None and not (mention.name in table_names and mention.confidence >= 0.95):
            target = next((c for c in clusters if same_person(c.name, mention.name)), None)
        if target is None:
            target = _Cluster(mention.name)
            clusters.append(target)
        elif mention.name != target.name:
            target.aliases.add(mention.name)
        target.mentions.append(mention)
    people = [_person(c) for c in _fold_given_names(clusters)]
    return [_with_email(p, emails) for p in people]


_ASCII = str.maketrans("åäöéèüøæ", "aaoeeuoa")


def _with_email(person: Person, emails: list[str]) -> Person:
    """An address whose local part spells the person's name: "anna.berg@", "anna.l.berg@", "aberg@"."""
    if person.email or " " not in person.name:
        return person
    parts = [t.casefold().translate(_ASCII) for t in re.split(r"[\s-]+", person.name)]
    given, surname = parts[0], parts[-1]
    for email in emails:
        local = email.split("@")[0].casefold()
        pieces = re.split(r"[._-]+", local)
        if (given in pieces and surname in pieces) or local in {given[0] + surname, given + surname}:
            return replace(person, email=email)
    return person


def _fold_given_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """A given name alone ("Olle" in a list) is the document's only Olle with a surname, as an alias."""
    full = [c for c in clusters if " " in c.name]
    kept = []
    for cluster in clusters:
        owners = [c for c in full if c.name.split()[0] == cluster.name] if " " not in cluster.name else []
        if not owners and " " not in cluster.name and len(cluster.name) >= 4:  # "Mikael" for the only Michael
            owners = [c for c in full if c.name[0] == cluster.name[0]
                      and Levenshtein.distance(c.name.split()[0].casefold(), cluster.name.casefold()) == 1]
        if len(owners) == 1:
            owners[0].aliases.add(cluster.name)
            owners[0].mentions.extend(m for m in cluster.mentions if m.confidence < 0.9 or m.attendance is None)
        elif not owners or any(m.confidence > 0.5 for m in cluster.mentions):
            kept.append(cluster)  # a given name in prose that several people share names none of them
    return kept


def _person(cluster: _Cluster) -> Person:
    mentions = cluster.mentions
    roles: list[str] = []
    for m in mentions:
        if m.role:
            role = f"{m.role} (tf)" if m.acting else m.role
            if role not in roles:
                roles.append(role)
    for m in mentions:
        if m.forum_role and m.forum_role not in roles:
            roles.append(m.forum_role)
    attendance = next((m.attendance for m in mentions if m.attendance is not None and m.confidence >= 0.9), None)
    organisation = next((m.organisation for m in mentions if m.organisation), None)
    return Person(
        name=cluster.name,
        aliases=tuple(sorted(cluster.aliases)),
        roles=tuple(roles),
        organisation=organisation,
        attendance=attendance,
        email=next((m.email for m in mentions if m.email), None),
        acting=any(m.acting for m in mentions),
        confidence=max(m.confidence for m in mentions),
        sources=tuple(m.source for m in mentions),
    )


def is_table_of_people(block: Block) -> bool:
    rows = block.rows[1:] if block.has_header else block.rows
    columns = _columns([c.lower() for c in block.rows[0]]) if block.has_header and block.rows else None
    at = columns[0] if columns else 0  # "Post | Namn | Närvarande": the names are in the second column
    named = sum(is_person_name(clean_name(row[at])[0]) for row in rows if len(row) > at)
    return named >= max(1, len(rows) // 2)


__all__ = [
    "BlockKind",
    "PersonMention",
    "from_list_line",
    "from_signatures",
    "from_table",
    "from_text",
    "is_person_name",
    "is_table_of_people",
    "merge_mentions",
    "same_person",
]
