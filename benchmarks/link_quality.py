"""Follow-up links at archive scale, against what the generator planned.

    .venv/bin/python -m benchmarks.link_quality /tmp/corpus/home --years 10 --forums 5 \\
        --meetings-per-year 18 --plans-per-year 2

HOME is a home folder that ingested the corpus ``benchmarks.generate_corpus`` wrote with the same
arguments (``bench_ingest`` leaves one under its work folder). The generator's plan says which
earlier action each status report is about (its forums never report on each other's actions); the
corpus state of HOME holds what the follow-up linker linked. A link is right when the planned
report of that document names the same earlier document and an action worded like the one linked.
"""

from __future__ import annotations

import argparse
import difflib
from collections import Counter
from pathlib import Path

from benchmarks.generate_corpus import DocumentPlan, add_corpus_arguments, corpus_options, plan_corpus
from graph.keys import fold
from pipelines.state import corpus_store

TEXT_MATCH = 0.8  # difflib ratio of the case-folded texts (the extracted sentence may lose a word)


def planned_links(documents: list[DocumentPlan]) -> dict[str, set[tuple[str, str]]]:
    """Report document -> (earlier document, planned action text) of each planned follow-up."""
    text_of = {action.key: action.text for document in documents for action in document.actions}
    return {document.name: {(f.action_document, text_of[f.action_key]) for f in document.follow_ups}
            for document in documents}


def same_action(linked: str, planned: str) -> bool:
    a, b = fold(linked), fold(planned)
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= TEXT_MATCH


def measure(home: Path, documents: list[DocumentPlan]) -> dict[str, float | int]:
    state = corpus_store(home).load_state()
    if state is None:
        raise SystemExit(f"{home}: no corpus state; ingest the corpus first")
    planned = planned_links(documents)
    forum_of = {document.name: document.forum for document in documents}
    counts: Counter[str] = Counter()
    for summary in state.summaries.values():
        expected = sorted(planned.get(summary.name, set()))  # the same pick in every run
        counts["planned"] += len(expected)
        found = set()
        for earlier, text in summary.follow_up_targets:
            counts["linked"] += 1
            counts["across_forums"] += forum_of.get(earlier) != forum_of.get(summary.name)
            match = next((p for p in expected if p[0] == earlier and same_action(text, p[1])), None)
            if match is not None:
                found.add(match)
        counts["right"] += len(found)
    return {**counts, "precision": counts["right"] / max(1, counts["linked"]),
            "recall": counts["right"] / max(1, counts["planned"]),
            "across_forums_share": counts["across_forums"] / max(1, counts["linked"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("home", type=Path)
    add_corpus_arguments(parser)
    args = parser.parse_args()
    result = measure(args.home, plan_corpus(**corpus_options(args)))
    print(f"planned follow-ups {result['planned']}, linked {result['linked']}, right {result['right']}: "
          f"precision {result['precision']:.2f}, recall {result['recall']:.2f}; "
          f"{result['across_forums_share']:.0%} of the links cross forums (none should)")


if __name__ == "__main__":
    main()
