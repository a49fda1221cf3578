"""Per-document outputs, one pickle per partition, whether a run covers one document or many.

Dagster's FilesystemIOManager refuses a run over a range of partitions. Reading the whole archive
one run per document costs about a second of run overhead per file, so the CLI runs ranges; this
IO manager stores each partition of such a run in its own file (the same layout FilesystemIOManager
uses: ``<base_dir>/<asset>/<partition key>``) and hands a partitioned input over as a dict
partition key -> value. That mapping reads a partition's file only when it is looked up, so the
corpus step, which keeps what it needs between runs, reads only the documents that are new.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import ConfigurableIOManager, InputContext, OutputContext


class PartitionedPickleIOManager(ConfigurableIOManager):
    base_dir: str

    def _path(self, asset_path: list[str], partition: str | None) -> Path:
        base = Path(self.base_dir).joinpath(*asset_path)
        return base / partition if partition is not None else base

    def handle_output(self, context: OutputContext, obj: Any) -> None:
        if not context.has_asset_partitions:
            self._write(self._path(context.asset_key.path, None), obj)
            return
        keys = context.asset_partition_keys
        if not isinstance(obj, dict) or set(obj) != set(keys):
            raise TypeError(f"{context.asset_key.to_user_string()} must return a dict with one value per "
                            f"partition of the run ({len(keys)}), got {type(obj).__name__}")
        for key in keys:
            self._write(self._path(context.asset_key.path, key), obj[key])

    def load_input(self, context: InputContext) -> Any:
        asset_path = context.asset_key.path
        if not context.has_asset_partitions:
            return _read(self._path(asset_path, None))
        return LazyPartitions({key: self._path(asset_path, key) for key in context.asset_partition_keys})

    @staticmethod
    def _write(path: Path, obj: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        with open(temporary, "wb") as out:
            pickle.dump(obj, out, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)  # a crash leaves the old output or the new one, never half a file



def _read(path: Path) -> Any:
    with open(path, "rb") as source:
        return pickle.load(source)


class LazyPartitions(Mapping[str, Any]):
    """Partition key -> stored value, each read from its file when first looked up."""

    def __init__(self, paths: dict[str, Path]):
        self._paths = paths
        self._values: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            self._values[key] = _read(self._paths[key])
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)
