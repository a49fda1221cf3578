// name: merge_UNDER_Activity_FocusArea
// description: Create or update (Activity)-[:UNDER]->(FocusArea), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:FocusArea {key: row.end})
MERGE (a)-[r:UNDER {doc: row.doc}]->(b)
SET r += row.props
