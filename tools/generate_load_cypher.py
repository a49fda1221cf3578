"""Write graph/cypher/{nodes,rels,orphans}/*.cypher from the graph model (run after changing graph/model.py).

Labels and relationship types come from the model's enums only, never from document text;
tests/graph/test_cypher_files.py fails when the files and the model drift apart.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import (
    DATE_PROPERTIES,
    REL_DATE_PROPERTIES,
    REL_ENDPOINTS,
    REL_IDENTITY_PROPERTIES,
    SHARED,
    Label,
    RelType,
)

CYPHER_DIR = Path(__file__).resolve().parents[1] / "graph" / "cypher"


def node_statement(label: Label) -> str:
    dates = sorted(DATE_PROPERTIES.get(label, ()))
    lines = [
        f"// name: merge_{label.value}",
        f"// description: Create or update {label.value} nodes by key; dates arrive as ISO strings.",
        "// parameters: $rows: list of {key: string, props: map}",
        "// generated from graph/model.py by tools/generate_load_cypher.py",
        "UNWIND $rows AS row",
        f"MERGE (n:{label.value} {{key: row.key}})",
        "SET n += row.props" + "".join(
            f",\n    n.{name} = CASE WHEN row.props.{name} IS NULL THEN null ELSE date(row.props.{name}) END"
            for name in dates),
    ]
    return "\n".join(lines) + "\n"


def rel_statement(rel_type: RelType, start: Label, end: Label) -> str:
    dates = sorted(REL_DATE_PROPERTIES.get(rel_type, ()))
    identity = "".join(f", {name}: row.props.{name}" for name in REL_IDENTITY_PROPERTIES.get(rel_type, ()))
    lines = [
        f"// name: merge_{rel_type.value}_{start.value}_{end.value}",
        f"// description: Create or update ({start.value})-[:{rel_type.value}]->({end.value}), one per document.",
        "// parameters: $rows: list of {start: string, end: string, doc: string, props: map}",
        "// generated from graph/model.py by tools/generate_load_cypher.py",
        "UNWIND $rows AS row",
        f"MATCH (a:{start.value} {{key: row.start}})",
        f"MATCH (b:{end.value} {{key: row.end}})",
        f"MERGE (a)-[r:{rel_type.value} {{doc: row.doc{identity}}}]->(b)",
        "SET r += row.props" + "".join(
            f",\n    r.{name} = CASE WHEN row.props.{name} IS NULL THEN null ELSE date(row.props.{name}) END"
            for name in dates),
    ]
    return "\n".join(lines) + "\n"


def orphan_statement(label: Label) -> str:
    lines = [
        f"// name: delete_orphan_{label.value}",
        f"// description: Delete {label.value} nodes that no relationship connects any more (no document mentions them).",
        "// parameters: none",
        "// generated from graph/model.py by tools/generate_load_cypher.py",
        f"MATCH (n:{label.value})",
        "WHERE NOT (n)--()",
        "DELETE n",
    ]
    return "\n".join(lines) + "\n"


def expected_files() -> dict[Path, str]:
    files = {CYPHER_DIR / "nodes" / f"{label.value}.cypher": node_statement(label) for label in Label}
    for rel_type, start, end in REL_ENDPOINTS:
        files[CYPHER_DIR / "rels" / f"{rel_type.value}__{start.value}__{end.value}.cypher"] = rel_statement(
            rel_type, start, end)
    for label in SHARED:
        files[CYPHER_DIR / "orphans" / f"{label.value}.cypher"] = orphan_statement(label)
    return files


def main() -> None:
    for path, text in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(expected_files())} statements to {CYPHER_DIR}")


if __name__ == "__main__":
    main()
