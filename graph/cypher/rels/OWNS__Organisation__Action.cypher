// name: merge_OWNS_Organisation_Action
// description: Create or update (Organisation)-[:OWNS]->(Action), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Action {key: row.end})
MERGE (a)-[r:OWNS {doc: row.doc}]->(b)
SET r += row.props,
    r.corrected_at = CASE WHEN row.props.corrected_at IS NULL THEN null ELSE date(row.props.corrected_at) END
