"""The inbox sensor: new and changed files become partition runs, deleted files are forgotten, and
an edited corrections.yaml or an upgraded minutes-graph rebuilds the graph once."""


import json
from dataclasses import dataclass

from dagster import RunRequest, SensorEvaluationContext, SensorResult, SkipReason, sensor

from pipelines.jobs import corpus_job, document_job
from pipelines.partitions import documents_partitions, inbox_files, partition_key
from pipelines.resources import MinutesHomeResource
from pipelines.state import file_sha256, rebuild_reason


@dataclass(frozen=True)
class InboxChanges:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    deleted: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]  # (new name, name already holding that content)
    current: dict[str, str]  # partition -> sha256 (the next cursor)


def compare_inbox(previous: dict[str, str], current: dict[str, str]) -> InboxChanges:
    """What changed since the cursor; a second name for content already present is a duplicate."""
    owner_of = {sha: key for key, sha in sorted(previous.items())}
    added, duplicates = [], []
    for key, sha in sorted(current.items()):
        if key in previous:
            continue
        if sha in owner_of and owner_of[sha] in current:
            duplicates.append((key, owner_of[sha]))
        else:
            added.append(key)
            owner_of[sha] = key
    changed = tuple(k for k in sorted(current) if k in previous and previous[k] != current[k])
    deleted = tuple(k for k in sorted(previous) if k not in current)
    tracked = {k: v for k, v in current.items() if k not in dict(duplicates)}
    return InboxChanges(tuple(added), changed, deleted, tuple(duplicates), tracked)


@sensor(jobs=[document_job, corpus_job], minimum_interval_seconds=30,
        description="Watches MINUTES_GRAPH_HOME/inbox (recursively) for new, changed and deleted documents.")
def inbox_sensor(context: SensorEvaluationContext, home: MinutesHomeResource) -> SensorResult | SkipReason:
    previous = json.loads(context.cursor) if context.cursor else {}
    inbox = home.inbox
    current = {partition_key(inbox, path): file_sha256(path) for path in inbox_files(inbox)}
    changes = compare_inbox(previous, current)
    for duplicate, original in changes.duplicates:
        context.log.warning(f"{duplicate}: same content as {original}; ingested once")
    if not (changes.added or changes.changed or changes.deleted):
        reason = rebuild_reason(home.path) if current else None
        if reason is not None:  # corrections.yaml edited, or minutes-graph upgraded: once per change
            return SensorResult(run_requests=[RunRequest(run_key=f"rebuild:{reason}", job_name=corpus_job.name)],
                                cursor=json.dumps(changes.current, sort_keys=True))
        return SkipReason("no new, changed or deleted documents in the inbox")
    requests = [RunRequest(run_key=f"{key}:{current[key]}", partition_key=key, job_name=document_job.name)
                for key in (*changes.added, *changes.changed)]
    if changes.deleted:
        requests.append(RunRequest(run_key=f"forget:{','.join(changes.deleted)}:{len(current)}",
                                   job_name=corpus_job.name))
    partition_requests = []
    if changes.added:
        partition_requests.append(documents_partitions.build_add_request(list(changes.added)))
    if changes.deleted:
        partition_requests.append(documents_partitions.build_delete_request(list(changes.deleted)))
    return SensorResult(run_requests=requests, dynamic_partitions_requests=partition_requests,
                        cursor=json.dumps(changes.current, sort_keys=True))
