// name: merge_HAS_ITEM_Meeting_AgendaItem
// description: Create or update (Meeting)-[:HAS_ITEM]->(AgendaItem), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:AgendaItem {key: row.end})
MERGE (a)-[r:HAS_ITEM {doc: row.doc}]->(b)
SET r += row.props
