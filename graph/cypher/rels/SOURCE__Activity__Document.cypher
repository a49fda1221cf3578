// name: merge_SOURCE_Activity_Document
// description: Create or update (Activity)-[:SOURCE]->(Document), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:Document {key: row.end})
MERGE (a)-[r:SOURCE {doc: row.doc}]->(b)
SET r += row.props
