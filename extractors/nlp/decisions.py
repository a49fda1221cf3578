"""Decisions taken by the meeting itself: "Beslut: ...", "Beslut fattas att ...", "X beslutar att ..."."""

from __future__ import annotations

import re

from extractors.context import DocumentContext
from extractors.model import BlockKind, DocumentKind
from extractors.nlp.sentences import sentences
from extractors.records import Decision, Source

_LABEL = re.compile(r"^\s*Beslut\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_PHRASES = re.compile(
    r"\bbeslut\s+(?:fattas|tas|fattades|togs)\s+att\b"
    r"|\b(?:beslutar|beslutade|beslöt|beslöts)\s+(?:att|om)\b"
    r"|\bdet\s+beslutades\b"
    r"|\benades\s+(?:mötet\s+)?om\b"
    r"|\bställer\s+sig\s+bakom\b"
    r"|\bbordläggs\b|\bbordlägger\b"
    r"|\bläggs\s+till\s+handlingarna\b"
    r"|^noteras\s+att\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\bhar\s+beslutat\b|\bbeslut\s+i\s+\w+|\bbeslutet\s+om\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:tas\s+fram\s+för\s+beslut|för\s+beslut|inför\s+beslut|förslag\s+till\s+beslut)\b",
                     re.IGNORECASE)
_PLAN_PHRASES = re.compile(r"\bfastställdes\b|\bhar\s+beslutat\b", re.IGNORECASE)


def find_decisions(ctx: DocumentContext) -> list[Decision]:
    document = ctx.document
    plan_like = document.kind in {DocumentKind.PLAN, DocumentKind.PRESENTATION, DocumentKind.AGREEMENT}
    found: list[Decision] = []
    for index, block in enumerate(document.blocks):
        if block.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
            continue
        for text, confidence in _decisions_in(block.text, plan_like):
            source = Source(document.key, index, block.text[:400], block.provenance.page,
                            block.provenance.paragraph)
            found.append(Decision(text, ctx.item_of_block[index], (), confidence, source))
    return found


def _decisions_in(text: str, plan_like: bool) -> list[tuple[str, float]]:
    labelled = _LABEL.match(text)
    if labelled:
        return [(labelled.group(1).strip(), 0.95)]
    found = []
    for sentence in sentences(text):
        if _FUTURE.search(sentence):
            continue
        if _PHRASES.search(sentence) and not _REPORTED.search(sentence):
            found.append((sentence, 0.8))
        elif plan_like and _PLAN_PHRASES.search(sentence):
            found.append((sentence, 0.6))
    return found
