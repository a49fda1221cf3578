// name: merge_UNDER_ITEM_Decision_AgendaItem
// description: Create or update (Decision)-[:UNDER_ITEM]->(AgendaItem), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Decision {key: row.start})
MATCH (b:AgendaItem {key: row.end})
MERGE (a)-[r:UNDER_ITEM {doc: row.doc}]->(b)
SET r += row.props
