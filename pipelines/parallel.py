"""Reading and extraction of many documents on all cores: one worker process per core.

Workers come from a fork server that has already imported the readers and extractors, so a run
pays the imports once, and forking never copies the Dagster process with its threads.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PRELOAD = ["extractors.extract", "extractors.readers", "extractors.warm", "pipelines.assets"]
MIN_PARALLEL = 4  # below this, starting workers costs more than it saves


def workers() -> int:
    configured = os.environ.get("MINUTES_GRAPH_WORKERS")
    return max(1, int(configured)) if configured else max(1, len(os.sched_getaffinity(0)))


def map_documents(function: Callable[..., Any], arguments: Sequence[tuple], processes: int | None = None) -> list:
    """``[function(*a) for a in arguments]``, in order, spread over worker processes when it pays."""
    processes = min(processes or workers(), len(arguments))
    if processes <= 1 or len(arguments) < MIN_PARALLEL:
        return [function(*a) for a in arguments]
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        return list(pool.map(function, *zip(*arguments, strict=True), chunksize=1))
