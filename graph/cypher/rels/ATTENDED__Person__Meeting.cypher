// name: merge_ATTENDED_Person_Meeting
// description: Create or update (Person)-[:ATTENDED]->(Meeting), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:ATTENDED {doc: row.doc}]->(b)
SET r += row.props
