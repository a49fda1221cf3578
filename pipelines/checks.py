"""Asset checks: bad extractions stop before the graph; the graph is compared with what was extracted.

The checks run inside the assets they check (``check_specs``), on what the asset has in hand, so a
weekly run does not read the whole corpus again for each check. A failing blocking check fails the
``resolved_entities`` step, and the graph is not loaded.
"""

from collections.abc import Mapping, Sequence

from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec

from graph.corpus import DocumentSummary
from graph.corrections import CorrectionsReport
from graph.keys import fold
from graph.resolve import Resolution, similar_names

RESOLVED = "resolved_entities"
RESOLVED_CHECKS = [
    AssetCheckSpec("every_document_dated", asset=RESOLVED, blocking=True,
                   description="Every document has a meeting date or a reason."),
    AssetCheckSpec("every_fact_has_provenance", asset=RESOLVED, blocking=True,
                   description="Every action and decision has provenance."),
    AssetCheckSpec("people_are_sound", asset=RESOLVED, blocking=True,
                   description="No person without a name; no resolved person joining two different full names."),
    AssetCheckSpec("minutes_are_not_thin", asset=RESOLVED,
                   description="Minutes with neither decisions nor actions are worth a look."),
    AssetCheckSpec("all_documents_readable", asset=RESOLVED,
                   description="Documents that could not be read (file and reason)."),
    AssetCheckSpec("corrections_still_match", asset=RESOLVED,
                   description="Every human correction (corrections.yaml) still matches what it corrects."),
]
GRAPH_CHECKS = [
    AssetCheckSpec("graph_matches_extraction", asset="graph",
                   description="The graph holds exactly the documents, decisions and actions that were extracted."),
]


def corpus_checks(documents: Sequence[DocumentSummary], resolution: Resolution, failed: Sequence[tuple[str, str]],
                  corrections: CorrectionsReport) -> list[AssetCheckResult]:
    """In the order of RESOLVED_CHECKS."""
    return [every_document_dated(documents), every_fact_has_provenance(documents),
            people_are_sound(resolution, confirmed=set(corrections.people)), minutes_are_not_thin(documents),
            all_documents_readable(failed), corrections_still_match(corrections)]


def every_document_dated(documents: Sequence[DocumentSummary]) -> AssetCheckResult:
    undated = [d.name for d in documents if d.undated]
    return AssetCheckResult(check_name="every_document_dated", passed=not undated,
                            metadata={"undated": ", ".join(undated) or "none"})


def every_fact_has_provenance(documents: Sequence[DocumentSummary]) -> AssetCheckResult:
    missing = [f"{d.name}: {text[:60]}" for d in documents for text in d.unsourced]
    return AssetCheckResult(check_name="every_fact_has_provenance", passed=not missing,
                            metadata={"without_provenance": "\n".join(missing[:20]) or "none"})


def people_are_sound(resolution: Resolution, confirmed: set[str] | frozenset[str] = frozenset()) -> AssetCheckResult:
    """``confirmed``: people a human correction merged or named (not suspicious)."""
    nameless = [key for key, name in resolution.person_names.items() if not name.strip()]
    merged_apart = [f"{name}: {', '.join(resolution.person_aliases[key])}"
                    for key, name in resolution.person_names.items() if key not in confirmed
                    if any(" " in alias and not similar_names(alias, name) and fold(alias) not in fold(name)
                           for alias in resolution.person_aliases[key])]
    return AssetCheckResult(check_name="people_are_sound", passed=not nameless and not merged_apart,
                            metadata={"nameless": len(nameless), "suspicious_merges": "\n".join(merged_apart) or "none"})


def minutes_are_not_thin(documents: Sequence[DocumentSummary]) -> AssetCheckResult:
    thin = [d.name for d in documents if d.kind in {"minutes", "protocol"} and not d.facts]
    return AssetCheckResult(check_name="minutes_are_not_thin", passed=not thin, severity=AssetCheckSeverity.WARN,
                            metadata={"thin_minutes": ", ".join(thin) or "none"})


def all_documents_readable(failed: Sequence[tuple[str, str]]) -> AssetCheckResult:
    return AssetCheckResult(check_name="all_documents_readable", passed=not failed, severity=AssetCheckSeverity.WARN,
                            metadata={"failed": "\n".join(f"{p}: {r}" for p, r in failed) or "none"})


def graph_matches_extraction(expected: Mapping[str, int], counts: Mapping[str, int]) -> AssetCheckResult:
    differences = {label: (want, counts.get(label, 0)) for label, want in expected.items()
                   if counts.get(label, 0) != want}
    return AssetCheckResult(check_name="graph_matches_extraction", passed=not differences,
                            metadata={label: f"extracted {want}, graph {got}" for label, (want, got) in
                                      differences.items()} or {"all": "equal"})


def corrections_still_match(report: CorrectionsReport) -> AssetCheckResult:
    return AssetCheckResult(check_name="corrections_still_match", passed=not report.stale,
                            severity=AssetCheckSeverity.WARN,
                            metadata={"applied": len(report.applied), "stale": len(report.stale),
                                      "stale_statements": "\n".join(f"{i}: {why}" for i, why in report.stale.items())
                                      or "none"})
