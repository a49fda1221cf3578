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
    r"|\b(?:mötet|årsmötet|stämman|styrelsen|beredningen|tjänstemannaberedningen|gruppen)\s+"
    r"(?:beslutar|beslutade|beslöt)\b"
    r"|\bbeslutades\b"
    r"|\benades\s+(?:mötet\s+)?om\b"
    r"|\bställer\s+sig\s+bakom\b"
    r"|\bbordl?äggs\b|\bbordsl?ägg(?:er|s|a)\b"
    r"|\bläggs\s+till\s+handlingarna\b"
    r"|\b(?:beviljar|nekar|beviljades|nekades)\s+(?:\w+\s+)?ansvarsfrihet\b"
    r"|\bkommer\s+fram\s+till\s+att\b|\bmynnade\s+(?:\w+\s+)?ut\s+i\s+att\b"
    r"|\blämnar\s+frågan\s+öppen\b"
    r"|^noteras\s+att\b",
    re.IGNORECASE,
)
# A proposal adopted without objection: "Annie föreslår att ... Inga motsättningar."
_NO_OBJECTION = re.compile(r"\binga\s+(?:motsättningar|invändningar)\b", re.IGNORECASE)
_PROPOSAL_MARK = re.compile(r"^förslag(?:\s+till\s+beslut)?:?$", re.IGNORECASE)
_DECISION_MARK = re.compile(r"^beslut:?$", re.IGNORECASE)
_VERDICT = re.compile(r"\b(?:bifall\w*|avslå\w*|godkänn\w*|antas|antogs)\b", re.IGNORECASE)
_CLAUSE_NUMBERS = re.compile(r"att-?satse?r?\s+((?:\d+(?:\s*(?:,|och)\s*)?)+)", re.IGNORECASE)
# Decisions another forum took, reported here: "har beslutat", "beslut i X", "beslutade 240206 att".
_REPORTED = re.compile(r"\bhar\s+beslutat\b|\bbeslut\s+i\s+\w+|\bbeslutet\s+om\b"
                       r"|\bbeslutade\s+(?:den\s+)?\d", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:tas\s+fram\s+för\s+beslut|för\s+beslut|inför\s+beslut|förslag\s+till\s+beslut)\b",
                     re.IGNORECASE)
_PLAN_PHRASES = re.compile(r"\bfastställdes\b|\bhar\s+beslutat\b", re.IGNORECASE)


def find_decisions(ctx: DocumentContext) -> list[Decision]:
    document = ctx.document
    plan_like = document.kind in {DocumentKind.PLAN, DocumentKind.PRESENTATION, DocumentKind.AGREEMENT}
    found: list[Decision] = list(_proposal_verdicts(ctx))
    verdict_blocks = {d.source.block_index for d in found}
    for index, block in enumerate(document.blocks):
        if block.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} or index in verdict_blocks:
            continue
        for text, confidence in _decisions_in(block.text, plan_like):
            source = Source(document.key, index, block.text[:400], block.provenance.page,
                            block.provenance.paragraph)
            found.append(Decision(text, ctx.item_of_block[index], (), confidence, source))
    return found


def _proposal_verdicts(ctx: DocumentContext):
    """Protocols that list "Förslag" (att-satser) and then "Beslut" ("Attsats 1 och 2 bifalles"):
    one decision per adopted or rejected proposal, "<proposal> – <verdict>"."""
    blocks = ctx.document.blocks
    proposals: list[str] = []
    collecting = False
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if _PROPOSAL_MARK.match(text):
            proposals, collecting = [], True
        elif _DECISION_MARK.match(text):
            collecting = False
        elif collecting and block.kind in {BlockKind.LIST_ITEM, BlockKind.PARAGRAPH}:
            proposals.append(text)
        elif proposals and _VERDICT.search(text) and len(text) < 200 and index > 0 \
                and _DECISION_MARK.match(blocks[index - 1].text.strip()):
            source = Source(ctx.document.key, index, text, block.provenance.page, block.provenance.paragraph)
            for proposal in _chosen(proposals, text):
                yield Decision(f"{proposal} – {text}", ctx.item_of_block[index], (), 0.85, source)
            proposals = []


def _chosen(proposals: list[str], verdict: str) -> list[str]:
    numbers = _CLAUSE_NUMBERS.search(verdict)
    if not numbers:
        return proposals
    wanted = {int(n) for n in re.findall(r"\d+", numbers.group(1))}
    return [p for position, p in enumerate(proposals, start=1) if position in wanted]


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
    if _NO_OBJECTION.search(text) and not found:
        # "Inga motsättningar" adopts the proposal; a stated "Mötet beslutar att ..." is the decision itself.
        return [(text, 0.8)]
    return found
