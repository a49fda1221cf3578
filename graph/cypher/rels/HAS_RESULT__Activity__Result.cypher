// name: merge_HAS_RESULT_Activity_Result
// description: Create or update (Activity)-[:HAS_RESULT]->(Result), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:Result {key: row.end})
MERGE (a)-[r:HAS_RESULT {doc: row.doc}]->(b)
SET r += row.props
