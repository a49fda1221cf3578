// name: merge_SOURCE_Mandate_Document
// description: Create or update (Mandate)-[:SOURCE]->(Document), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Mandate {key: row.start})
MATCH (b:Document {key: row.end})
MERGE (a)-[r:SOURCE {doc: row.doc}]->(b)
SET r += row.props
