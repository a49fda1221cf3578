// name: merge_OWNS_Organisation_Action
// description: Create or update (Organisation)-[:OWNS]->(Action), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Action {key: row.end})
MERGE (a)-[r:OWNS {doc: row.doc}]->(b)
SET r += row.props
