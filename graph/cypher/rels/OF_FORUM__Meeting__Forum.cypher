// name: merge_OF_FORUM_Meeting_Forum
// description: Create or update (Meeting)-[:OF_FORUM]->(Forum), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Forum {key: row.end})
MERGE (a)-[r:OF_FORUM {doc: row.doc}]->(b)
SET r += row.props
