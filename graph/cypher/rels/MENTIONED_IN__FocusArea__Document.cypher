// name: merge_MENTIONED_IN_FocusArea_Document
// description: Create or update (FocusArea)-[:MENTIONED_IN]->(Document), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:FocusArea {key: row.start})
MATCH (b:Document {key: row.end})
MERGE (a)-[r:MENTIONED_IN {doc: row.doc}]->(b)
SET r += row.props
