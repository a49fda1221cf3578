"""Projects named by how the text introduces them, not by a list of names.

- "det delprojekt som kallas "AP2"", "ett projekt som heter Trygg hemgång";
- a section whose heading is the name and whose text opens by calling it a pilot or project
  ("Pipeline Mikro" / "Detta arbetsområde avser att genomföra en praktisk pilot ...");
- "X-projektet", "projektet X" (capitalised name after the word).
"""

from __future__ import annotations

import re

from extractors.model import BlockKind, Document

_NAME = r"[A-ZÅÄÖ0-9][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖa-zåäö0-9][\wåäöÅÄÖ-]*){0,3}"
_CALLED = re.compile(
    rf"\b(?:del)?(?:projekt(?:et)?|pilot(?:en)?|pilotprojekt(?:et)?|initiativ(?:et)?|satsning(?:en)?)\s+"
    rf"som\s+(?:kallas|heter|benämns|går\s+under\s+namnet)\s+[\"”“']?(?P<name>{_NAME}?)[\"”“']?(?=[\s.,;:)]|$)"
)
_HYPHENATED = re.compile(r"\b(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ]*)?)-(?:projektet|piloten)\b")
# A line that introduces a project: "Projekt Mina planer, ett it-stöd ...", "Pilot - I.V antibiotikabehandling
# i hemmet", "Childcheck – projekt för att uppmärksamma ...".
_LINE_PROJECT = re.compile(r"^(?:Pilotprojekt|Projekt|Pilot)\b(?:\s*[-–:]\s*|\s+)(?P<name>[^,–:()]{2,80}?)"
                           r"\s*(?:[,–:(]|\s-\s|$)")
_NAME_THEN_PROJECT = re.compile(r"^(?P<name>[A-ZÅÄÖ][^,–:]{1,60}?)\s+[–-]\s+(?:ett\s+)?(?:projekt|pilot|pilotprojekt)\b")
_OPENS_AS_PROJECT = re.compile(
    r"^(?:Detta|Denna|Det\s+här|Den\s+här|Projektet|Piloten|Arbetet)\b[^.]{0,120}?\b(?:en|ett)\s+(?:\w+\s+)?"
    r"(?:pilot|pilotprojekt|projekt|delprojekt|försöksverksamhet)\b", re.IGNORECASE)


def named_projects(document: Document) -> list[tuple[str, int, float]]:
    """(name, block index, confidence) for every project the text introduces by name."""
    found: list[tuple[str, int, float]] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE:
            continue
        text = block.text
        if block.kind == BlockKind.HEADING and len(block.text.split()) <= 4 and index + 1 < len(blocks):
            following = blocks[index + 1]
            if following.kind == BlockKind.PARAGRAPH and _OPENS_AS_PROJECT.search(following.text):
                found.append((block.text.strip(" :"), index, 0.6))
        if "rojekt" not in text and "ilot" not in text and "nitiativ" not in text and "atsning" not in text:
            continue  # the cheap test first: most paragraphs speak of no project
        for match in _CALLED.finditer(text) if " som " in text else ():
            found.append((match.group("name").strip(), index, 0.8))
        for match in _HYPHENATED.finditer(text) if "-projektet" in text or "-piloten" in text else ():
            found.append((match.group("name"), index, 0.6))
        line = text.strip()
        for pattern in (_LINE_PROJECT, _NAME_THEN_PROJECT):
            match = pattern.match(line)
            if match and _is_name(match.group("name")):
                found.append((match.group("name").strip(" .-"), index, 0.7))
    return found


def _is_name(text: str) -> bool:
    """Short enough to be a name and not a sentence about projects in general."""
    words = text.split()
    return 1 <= len(words) <= 8 and words[0].casefold() not in {"för", "om", "med", "i", "att", "som", "och", "är",
                                                                   "har", "ska", "kommer", "inom"}
