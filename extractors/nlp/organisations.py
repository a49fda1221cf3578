"""Organisations recognised by their form and their place, not by a list of names.

The gazetteer (``data/organisations.jsonl``) knows Skåne's healthcare bodies and Sweden's
national agencies; minutes of other bodies name associations, companies and agencies it
cannot list. These rules find them the way a reader does:

- the word itself says so: compounds ending in -verket, -myndigheten, -styrelsen, -nämnden,
  -förbundet, -föreningen, -institutet ...; "Lunds universitet", "Norrbys Byalag",
  "X kommun", "Region X", "X AB";
- an attendance line lists bodies instead of people ("Närvarande: Tullverket, SCB, ...");
- a person is "från"/"på"/"vid" a body ("Lena från Jämtland", "Bo Ek på KTH");
- a body speaks or commits ("Gotland meddelade", "SKL åtog sig");
- people speak from within it ("vi i KarateKlubben");
- the document's heading names the body that meets ("NollKit vårmöte 2021").
"""

from __future__ import annotations

import re
from functools import cache

from extractors.model import Block, BlockKind, Document
from extractors.nlp.gazetteer import first_names, role_titles

_SUFFIXES = (
    "verket|myndigheten|styrelsen|nämnden|förbundet|föreningen|förening|inspektionen|institutet|"
    "universitetet|högskolan|kansliet|divisionen|sektionen|kåren|byalaget|byalag|lasarettet|sjukhuset|"
    "stiftelsen|akademien|rådet|bolaget|kollegiet|ombudet|kammaren|domstolen"
)
# "Tullverket", "Post- och telestyrelsen", "Socialstyrelsens" (genitive dropped).
_COMPOUND = re.compile(
    rf"\b(?P<name>(?P<stem>[A-ZÅÄÖ][a-zåäöéü]+(?:-\s+(?:och|&)\s+[A-ZÅÄÖa-zåäö][a-zåäöéü]+)?)"
    rf"(?P<suffix>{_SUFFIXES}))s?\b"
)
_ORG_NOUNS = (
    r"universitet|högskola|kommun|stad|sjukhus|lasarett|stift|församling|folkhögskola|museum|"
    r"[A-ZÅÄÖa-zåäö][a-zåäö]*(?:förening|förbund|byalag|klubb|sällskap|gille|kår|nation)|"
    r"Byalag|IF|IK|BK|FF|FK|SK|GIF|AIK|HK"
)
# "Lunds universitet", "Norrbys Byalag", "Norrbys IF", "Linköpings kommun".
# Compounds that end like a body but are plain nouns: "Arbetsområdet", "Förrådet".
_PLAIN_NOUN = re.compile(r"(?:område|förråd)(?:et|t)?$", re.IGNORECASE)
_GENITIVE_BODY = re.compile(rf"\b([A-ZÅÄÖ][a-zåäöé]+s\s+(?:{_ORG_NOUNS})|[A-ZÅÄÖ][a-zåäöé]+[åäöeo]\s+"
                            r"(?:universitet|högskola))\b")  # "Umeå universitet" has no genitive -s
_REGION = re.compile(r"\bRegion\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?")
_COMPANY = re.compile(r"\b([A-ZÅÄÖ][\wåäö&-]*(?:\s+[A-ZÅÄÖ][\wåäö&-]*){0,2}\s+AB)\b")

_LIST_LINE = re.compile(r"^\s*(?:närvarande|deltagare|frånvarande|inbjudna|anmält förhinder|representerade)"
                        r"(?:\s+organisationer)?\s*:\s*(.+)$", re.IGNORECASE)
# Read from the preposition: "från"/"på"/"vid" before a capital, then the person just before it.
_AFFILIATION = re.compile(r"\s(?:från|på|vid)\s+(?P<org>[A-ZÅÄÖ][\wåäöé-]*[\wåäöé](?:\s+[A-ZÅÄÖ][\wåäöé-]+)?)")
_PERSON_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<person>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)$")
# Read from the verb back to its subject: the verb is rare, capitalised words are not.
_SPEAKING_VERB = re.compile(
    r"\s(?:meddelade|meddelar|rapporterade|rapporterar|informerade|informerar|(?:har\s+)?åt(?:og|agit|ar)\s+sig|"
    r"föreslog|föreslår|medverkade|medverkar|deltog|bjuder\s+in|kollar|försöker|undersöker)\b"
)
_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\bdär\s)|(?<=\batt\s))(?P<org>[A-ZÅÄÖ][\wåäöé-]*[\wåäöé])$")
# Bodies one deals with: "samarbete med Ericsson", "studiebesök på Ericsson", "Sandvik drog sig ur som
# sponsor", "X som leverantör", "kontakt med DaTe-Ops styrelsen".
_DEALT_WITH = re.compile(
    r"\b(?:samarbete|samarbeten|avtal|överenskommelse|studiebesök|sponsoravtal)\s+(?:med|på|hos)\s+"
    r"(?P<a>[A-ZÅÄÖ][\wåäöé-]*)"
    r"|\b(?P<b>[A-ZÅÄÖ][\wåäöé-]*)(?:\s+[a-zåäö]+){0,3}\s+som\s+(?:sponsor|huvudsponsor|leverantör|"
    r"samarbetspartner|arrangör|huvudman)\b"
    r"|\b(?P<c>[A-ZÅÄÖ][\wåäöé]*[A-ZÅÄÖ][\wåäöé-]*)[\s-]styrelsen\b"
)
_WE_IN = re.compile(r"\b[Vv]i\s+(?:i|på|från)\s+(?P<org>[A-ZÅÄÖ][\wåäöé-]*[A-ZÅÄÖ0-9][\wåäöé-]*)")
_MEETING_WORDS = (r"styrelsemöte|årsmöte|höstmöte|vårmöte|stormöte|medlemsmöte|föreningsstämma|årsstämma|"
                  r"extrastämma|extra\s+årsmöte|styrelsesammanträde|sektionsmöte")
_TITLE_BODY = re.compile(rf"^(?P<body>.+?)[,:]?\s+(?:{_MEETING_WORDS})\b", re.IGNORECASE)
_MIXED_CASE = re.compile(r"[a-zåäö][A-ZÅÄÖ]|^[A-ZÅÄÖ]{2,6}$")
# Words that look like names of bodies but are platforms, protocols, places or parts of a meeting.
_NOT_BODIES = frozenset(re.findall(r"\S+", """
    github gitlab zoom teams skype slack jitsi google microsoft outlook excel word powerpoint vpn ssl ssh ftp
    http https api it pdf ad hsa gdpr iso url usb wifi pr sms vi de man det den detta dessa han hon alla ingen
    mötet gruppen styrelsen årsmötet stämman kommunen regionen föreningen byalaget valberedningen ordföranden
    protokoll mötesprotokoll minnesanteckningar anteckningar dagordning kallelse sammanfattning agenda
    närvarande deltagare frånvarande plats datum tid
"""))


# Cheap literal checks before the scanning patterns: most paragraphs name no body at all.
_SUFFIX_WORDS = tuple(_SUFFIXES.split("|"))
_BODY_NOUNS = ("universitet", "högskola", "kommun", "stad", "sjukhus", "lasarett", "stift", "församling", "museum",
               "förening", "förbund", "byalag", "klubb", "sällskap", "gille", "kår", "nation", "Byalag")
_CLUB_ABBREVIATIONS = (" IF", " IK", " BK", " FF", " FK", " SK", " GIF", " AIK", " HK")
_RELATION_WORDS = ("samarbete", "avtal", "överenskommelse", "studiebesök", "styrelsen", "som sponsor",
                   "som huvudsponsor", "som leverantör", "som samarbetspartner", "som arrangör", "som huvudman")
_SPEAKING_WORDS = ("meddela", "rapporter", "informer", "åtog sig", "åtagit sig", "åtar sig", "föreslå", "föreslog",
                   "medverka", "deltog", "bjuder", "kollar", "försöker", "undersöker")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _genitive_bodies(text: str) -> list[tuple[int, str]]:
    if not (_has_any(text, _BODY_NOUNS) or _has_any(text, _CLUB_ABBREVIATIONS)):
        return []
    return [(m.start(), m.group(0)) for m in _GENITIVE_BODY.finditer(text)]


def organisations_by_form(text: str) -> list[str]:
    """Names whose own words say they are bodies."""
    found: list[tuple[int, str]] = []
    for match in _COMPOUND.finditer(text) if _has_any(text, _SUFFIX_WORDS) else ():
        stem = match.group("stem")
        if len(stem) >= 4 and not _PLAIN_NOUN.search(match.group("name")):
            found.append((match.start(), match.group("name")))
    found.extend(_genitive_bodies(text))
    if "Region " in text:
        found.extend((m.start(), m.group(0)) for m in _REGION.finditer(text))
    if " AB" in text:
        found.extend((m.start(), m.group(0)) for m in _COMPANY.finditer(text))
    return _longest_first(found)


def _longest_first(found: list[tuple[int, str]]) -> list[str]:
    """Overlapping finds keep the longest ("Norrbys Samfällighetsförening", not its compound alone)."""
    kept: list[tuple[int, int, str]] = []
    for start, name in sorted(found, key=lambda f: (f[0], -len(f[1]))):
        end = start + len(name)
        if any(s <= start < e or s < end <= e for s, e, _ in kept):
            continue
        kept.append((start, end, name))
    return [name for _, _, name in kept]


def listed_bodies(text: str) -> list[str]:
    """Bodies named in an attendance line instead of people: "Närvarande: Tullverket, SCB, (Inera - ...)"."""
    match = _LIST_LINE.match(text)
    if not match:
        return []
    listing = re.split(r"(?<=[a-zåäö)])\.\s", match.group(1))[0]
    bodies = []
    for part in re.split(r",|;|\s+och\s+|\s+samt\s+", listing):
        inner = re.match(r"^\s*\(\s*([^)–-]+?)\s*(?:[–-].*)?\)?\s*$", part)  # "(Inera - synk mellan mötena)"
        candidate = re.sub(r"\s*\(.*?\)\s*", " ", inner.group(1) if inner else part).strip(" .")
        if _could_be_body(candidate):
            bodies.append(candidate)
    return bodies


def _could_be_body(candidate: str) -> bool:
    tokens = candidate.split()
    if not 1 <= len(tokens) <= 5 or not candidate[0].isalpha() or candidate.casefold() in _NOT_BODIES:
        return False
    if not any(c.isupper() for c in tokens[0]) or any(c.isdigit() for c in candidate):
        return False
    if tokens[0] in first_names() or tokens[0].split("-")[0] in first_names():
        return False  # a person, even when only the given name is written
    return candidate.casefold() not in _role_words()


@cache
def _role_words() -> frozenset[str]:
    return frozenset(t.casefold() for t in role_titles())


def affiliations(text: str) -> list[tuple[str, str]]:
    """(person as written, body) from "Lena från Jämtland", "Bo Ek på KTH"."""
    found = []
    for match in _AFFILIATION.finditer(text):
        before = _PERSON_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        person, body = before.group("person"), match.group("org")
        if person.split()[0] in first_names() and _could_be_body(body) and body.split()[0] not in first_names():
            found.append((person, body))
    return found


def speaking_bodies(text: str) -> list[str]:
    """A body as the subject of reporting or committing ("Gotland meddelade", "att SKL åtog sig")."""
    found: list[str] = []
    for verb in _SPEAKING_VERB.finditer(text) if _has_any(text, _SPEAKING_WORDS) else ():
        match = _SUBJECT_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
        if match is None:
            continue
        name = match.group("org")
        # Definite and plural nouns ("Gruppen", "Sponsorer") are not names of bodies.
        if _could_be_body(name) and not re.search(r"(?:en|et|na|er|ar|or)$", name) and name not in first_names():
            found.append(name)
    for match in _DEALT_WITH.finditer(text) if _has_any(text, _RELATION_WORDS) else ():
        name = match.group("a") or match.group("b") or match.group("c")
        if _could_be_body(name) and name not in first_names() and not re.search(r"(?:en|et|na|er|ar|or)$", name):
            found.append(name)
    for match in _WE_IN.finditer(text) if "i " in text else ():
        if _could_be_body(match.group("org")):
            found.append(match.group("org"))
    return found


def body_in_heading(document: Document) -> str | None:
    """The body that meets, from the first lines: "NollKit vårmöte 2021", or a short line "DaTe-sektionen"."""
    lines = [b for b in document.blocks[:4] if b.kind in {BlockKind.HEADING, BlockKind.PARAGRAPH}]
    for block in lines:
        title = _TITLE_BODY.match(block.text.strip())
        if title and _is_body_line(title.group("body")):
            return title.group("body").strip()
    for block in lines[:3]:
        if _is_body_line(block.text.strip()) and any(_MIXED_CASE.search(t) for t in block.text.split()):
            return block.text.strip()
    return None


def _is_body_line(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or not _could_be_body(text) or text.endswith((":", ".", "?")):
        return False
    return not any(t.casefold() in _NOT_BODIES or re.search(_MEETING_WORDS, t, re.IGNORECASE) for t in tokens)


def block_bodies(block: Block) -> list[tuple[str, float]]:
    """Every body one paragraph names by the rules above, with each rule's confidence."""
    if block.kind == BlockKind.TABLE:
        return []
    found = [(name, 0.8) for name in organisations_by_form(block.text)]
    found += [(name, 0.85) for name in listed_bodies(block.text)]
    found += [(body, 0.7) for _, body in affiliations(block.text)]
    found += [(name, 0.6) for name in speaking_bodies(block.text)]
    return found
