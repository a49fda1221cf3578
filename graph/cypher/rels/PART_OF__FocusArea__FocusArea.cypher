// name: merge_PART_OF_FocusArea_FocusArea
// description: Create or update (FocusArea)-[:PART_OF]->(FocusArea), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:FocusArea {key: row.start})
MATCH (b:FocusArea {key: row.end})
MERGE (a)-[r:PART_OF {doc: row.doc}]->(b)
SET r += row.props
