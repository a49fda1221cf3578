"""Asset checks: bad extractions stop before the graph; the graph is compared with what was extracted."""


from dagster import AssetCheckResult, AssetCheckSeverity, AssetIn, asset_check

from graph.keys import fold
from graph.resolve import similar_names
from pipelines.assets import ResolvedCorpus, graph, resolved_entities
from pipelines.resources import GraphStoreResource


@asset_check(asset=resolved_entities, blocking=True, description="Every document has a meeting date or a reason.")
def every_document_dated(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    undated = [r.document.name for r in resolved_entities.records
               if r.meeting.date is None and not r.meeting.date_reason]
    return AssetCheckResult(passed=not undated, metadata={"undated": ", ".join(undated) or "none"})


@asset_check(asset=resolved_entities, blocking=True, description="Every action and decision has provenance.")
def every_fact_has_provenance(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    missing = [f"{r.document.name}: {fact.text[:60]}" for r in resolved_entities.records
               for fact in (*r.actions, *r.decisions)
               if not (fact.source and fact.source.document_key and fact.source.quote)]
    return AssetCheckResult(passed=not missing, metadata={"without_provenance": "\n".join(missing[:20]) or "none"})


@asset_check(asset=resolved_entities, blocking=True,
             description="No person without a name; no resolved person joining two different full names "
                         "(unless a human correction merged them).")
def people_are_sound(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    resolution = resolved_entities.resolution
    confirmed = set(resolved_entities.corrections.people) if resolved_entities.corrections else set()
    nameless = [key for key, name in resolution.person_names.items() if not name.strip()]
    merged_apart = [f"{name}: {', '.join(resolution.person_aliases[key])}"
                    for key, name in resolution.person_names.items() if key not in confirmed
                    if any(" " in alias and not similar_names(alias, name) and fold(alias) not in fold(name)
                           for alias in resolution.person_aliases[key])]
    return AssetCheckResult(passed=not nameless and not merged_apart,
                            metadata={"nameless": len(nameless), "suspicious_merges": "\n".join(merged_apart) or "none"})


@asset_check(asset=resolved_entities, description="Minutes with neither decisions nor actions are worth a look.")
def minutes_are_not_thin(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    thin = [r.document.name for r in resolved_entities.records
            if r.document.kind in {"minutes", "protocol"} and not r.decisions and not r.actions]
    return AssetCheckResult(passed=not thin, severity=AssetCheckSeverity.WARN,
                            metadata={"thin_minutes": ", ".join(thin) or "none"})


@asset_check(asset=resolved_entities, description="Documents that could not be read (file and reason).")
def all_documents_readable(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    return AssetCheckResult(passed=not resolved_entities.failed, severity=AssetCheckSeverity.WARN,
                            metadata={"failed": "\n".join(f"{p}: {r}" for p, r in resolved_entities.failed) or "none"})


@asset_check(asset=graph, additional_ins={"resolved_entities": AssetIn("resolved_entities")},
             description="The graph holds exactly the documents, decisions and actions that were extracted.")
def graph_matches_extraction(graph_store: GraphStoreResource, resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    expected = {"Document": len(resolved_entities.batches)}
    for label in ("Decision", "Action"):
        expected[label] = len({n.key for b in resolved_entities.batches for n in b.nodes if n.label == label})
    with graph_store.open() as store:
        counts = store.counts()
    differences = {label: (want, counts.get(label, 0)) for label, want in expected.items()
                   if counts.get(label, 0) != want}
    return AssetCheckResult(passed=not differences,
                            metadata={label: f"extracted {want}, graph {got}" for label, (want, got) in
                                      differences.items()} or {"all": "equal"})


@asset_check(asset=resolved_entities,
             description="Every human correction (corrections.yaml) still matches what it corrects.")
def corrections_still_match(resolved_entities: ResolvedCorpus) -> AssetCheckResult:
    report = resolved_entities.corrections
    stale = report.stale if report else {}
    return AssetCheckResult(passed=not stale, severity=AssetCheckSeverity.WARN,
                            metadata={"applied": len(report.applied) if report else 0, "stale": len(stale),
                                      "stale_statements": "\n".join(f"{i}: {why}" for i, why in stale.items())
                                      or "none"})


ALL_CHECKS = [every_document_dated, every_fact_has_provenance, people_are_sound, minutes_are_not_thin,
              all_documents_readable, graph_matches_extraction, corrections_still_match]
