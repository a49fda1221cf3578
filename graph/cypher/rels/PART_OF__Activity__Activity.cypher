// name: merge_PART_OF_Activity_Activity
// description: Create or update (Activity)-[:PART_OF]->(Activity), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:Activity {key: row.end})
MERGE (a)-[r:PART_OF {doc: row.doc}]->(b)
SET r += row.props
