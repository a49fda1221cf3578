// name: merge_MENTIONED_IN_Forum_Document
// description: Create or update (Forum)-[:MENTIONED_IN]->(Document), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Forum {key: row.start})
MATCH (b:Document {key: row.end})
MERGE (a)-[r:MENTIONED_IN {doc: row.doc}]->(b)
SET r += row.props
