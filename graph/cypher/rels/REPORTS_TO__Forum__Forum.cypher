// name: merge_REPORTS_TO_Forum_Forum
// description: Create or update (Forum)-[:REPORTS_TO]->(Forum), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Forum {key: row.start})
MATCH (b:Forum {key: row.end})
MERGE (a)-[r:REPORTS_TO {doc: row.doc}]->(b)
SET r += row.props
