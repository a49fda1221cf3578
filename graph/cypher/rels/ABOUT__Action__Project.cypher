// name: merge_ABOUT_Action_Project
// description: Create or update (Action)-[:ABOUT]->(Project), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Action {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:ABOUT {doc: row.doc}]->(b)
SET r += row.props
