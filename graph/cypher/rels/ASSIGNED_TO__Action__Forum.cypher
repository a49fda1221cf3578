// name: merge_ASSIGNED_TO_Action_Forum
// description: Create or update (Action)-[:ASSIGNED_TO]->(Forum), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Action {key: row.start})
MATCH (b:Forum {key: row.end})
MERGE (a)-[r:ASSIGNED_TO {doc: row.doc}]->(b)
SET r += row.props
