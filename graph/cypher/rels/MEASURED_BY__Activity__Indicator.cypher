// name: merge_MEASURED_BY_Activity_Indicator
// description: Create or update (Activity)-[:MEASURED_BY]->(Indicator), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Activity {key: row.start})
MATCH (b:Indicator {key: row.end})
MERGE (a)-[r:MEASURED_BY {doc: row.doc}]->(b)
SET r += row.props
