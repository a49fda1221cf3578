// name: merge_DECIDED_IN_Decision_Meeting
// description: Create or update (Decision)-[:DECIDED_IN]->(Meeting), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Decision {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:DECIDED_IN {doc: row.doc}]->(b)
SET r += row.props
