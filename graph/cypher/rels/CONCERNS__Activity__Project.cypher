// name: merge_CONCERNS_Activity_Project
// description: Create or update (Activity)-[:CONCERNS]->(Project), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:CONCERNS {doc: row.doc}]->(b)
SET r += row.props
