// name: merge_RAISED_IN_Action_Meeting
// description: Create or update (Action)-[:RAISED_IN]->(Meeting), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Action {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:RAISED_IN {doc: row.doc}]->(b)
SET r += row.props
