"""The canned queries: .cypher files with a header that names, describes and types their parameters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extractors.errors import MinutesGraphError
from graph.stores.base import GraphStore

QUERY_DIR = Path(__file__).resolve().parent
_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(string|date|int|bool)\s*(?:=\s*(\S+))?\s*:\s*(.*)$")


class QueryError(MinutesGraphError):
    """An unknown query, an unknown parameter or a parameter value of the wrong kind."""


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str  # string | date | int | bool
    default: str | None
    description: str
    required: bool = False  # declared without "= default"


@dataclass(frozen=True)
class QuerySpec:
    name: str
    title: str
    description: str
    description_sv: str
    params: tuple[ParamSpec, ...]
    columns: tuple[str, ...]
    cypher: str
    path: Path


@dataclass(frozen=True)
class QueryResult:
    spec: QuerySpec | None
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def parse_query_file(path: Path) -> QuerySpec:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[ParamSpec] = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.strip().startswith("//"):
                break
            continue
        key, value = match.groups()
        if key == "param":
            param = _PARAM.match(value)
            if not param:
                raise QueryError(f"{path.name}: cannot read parameter line {value!r}")
            name, kind, default, description = param.groups()
            params.append(ParamSpec(name, kind, None if default in (None, "null") else default, description,
                                    required=default is None))
        else:
            fields[key] = value.strip()
    return QuerySpec(
        name=fields.get("name", path.stem),
        title=fields.get("title", path.stem),
        description=fields.get("description", ""),
        description_sv=fields.get("beskrivning", ""),
        params=tuple(params),
        columns=tuple(c.strip() for c in fields.get("columns", "").split(",") if c.strip()),
        cypher=text,
        path=path,
    )


@cache
def load_catalog() -> dict[str, QuerySpec]:
    specs = (parse_query_file(p) for p in sorted(QUERY_DIR.glob("*.cypher")))
    return {spec.name: spec for spec in specs}


def get_query(name: str) -> QuerySpec:
    catalog = load_catalog()
    if name not in catalog:
        raise QueryError(f"no canned query named {name!r}; available: {', '.join(sorted(catalog))}")
    return catalog[name]


# A list query's `limit` parameter (`LIMIT $limit`): 0 means every row, sent as the largest count
# both stores take, since neither accepts LIMIT null or an expression.
LIMIT = "limit"
NO_LIMIT = 2**31 - 1


def convert_params(spec: QuerySpec, given: Mapping[str, Any]) -> dict[str, Any]:
    """Every declared parameter present (defaults filled), values checked and typed."""
    known = {p.name: p for p in spec.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise QueryError(f"query {spec.name!r} has no parameter {unknown[0]!r}; "
                         f"it takes: {', '.join(known) or 'no parameters'}")
    values: dict[str, Any] = {}
    for param in spec.params:
        if param.required and given.get(param.name) in (None, ""):
            raise QueryError(f"query {spec.name!r} needs --param {param.name}=… ({param.description})")
        raw = given.get(param.name, param.default)
        values[param.name] = None if raw is None else _convert(spec.name, param, raw)
    if values.get(LIMIT) is not None:
        if values[LIMIT] < 0:
            raise QueryError(f"{spec.name}: {LIMIT} must be 0 (all rows) or more, not {values[LIMIT]}")
        values[LIMIT] = values[LIMIT] or NO_LIMIT
    return values


def _convert(query: str, param: ParamSpec, raw: Any) -> Any:
    text = str(raw).strip()
    if param.type == "date":
        if text.lower() == "today":
            return dt.date.today().isoformat()
        try:
            return dt.date.fromisoformat(text).isoformat()  # sent as ISO text, turned into a date by date()
        except ValueError:
            raise QueryError(f"{query}: {param.name} must be a date like 2025-06-30, not {text!r}") from None
    if param.type == "int":
        try:
            return int(text)
        except ValueError:
            raise QueryError(f"{query}: {param.name} must be a whole number, not {text!r}") from None
    if param.type == "bool":
        return text.lower() in {"1", "true", "yes", "ja"}
    return text


def browser_params(spec: QuerySpec, given: Mapping[str, Any] | None = None) -> str:
    """The `:params` line that sets every parameter of ``spec`` in Neo4j Browser (null when unset).

    Values are written as JSON string literals or null: dates stay ISO strings, as the queries
    turn them into dates with date(). Required parameters get their documented example."""
    import json

    values = {}
    for param in spec.params:
        value = (given or {}).get(param.name, param.default)
        if value is None and param.required:
            example = re.search(r"e\.g\. \"?([^\"]+?)\"?(?:\s|$)", param.description)
            value = example.group(1) if example else ""
        if value == "today":
            value = dt.date.today().isoformat()
        values[param.name] = int(value) if param.type == "int" and value is not None else value
        if param.name == LIMIT and not values[param.name]:
            values[param.name] = NO_LIMIT  # LIMIT 0 would show nothing
    body = ", ".join(f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in values.items())
    return f":params {{{body}}}"


def run_query(store: GraphStore, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
    spec = get_query(name)
    columns, rows = store.read(spec.cypher, convert_params(spec, params or {}))
    return QueryResult(spec, tuple(columns), tuple(tuple(r) for r in rows))


def run_page(store: GraphStore, name: str, params: Mapping[str, Any], limit: int) -> tuple[QueryResult, bool]:
    """The first ``limit`` rows of list query ``name`` (0: all) and whether more rows follow: one
    row more is asked for, so a page never claims to be the whole list, nor the whole list a page."""
    result = run_query(store, name, {**params, LIMIT: limit + 1 if limit else 0})
    more = bool(limit) and len(result.rows) > limit
    return (QueryResult(result.spec, result.columns, result.rows[:limit]) if more else result), more
