// name: merge_PRESENTED_Person_AgendaItem
// description: Create or update (Person)-[:PRESENTED]->(AgendaItem), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:AgendaItem {key: row.end})
MERGE (a)-[r:PRESENTED {doc: row.doc}]->(b)
SET r += row.props
