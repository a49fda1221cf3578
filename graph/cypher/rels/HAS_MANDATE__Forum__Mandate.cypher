// name: merge_HAS_MANDATE_Forum_Mandate
// description: Create or update (Forum)-[:HAS_MANDATE]->(Mandate), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Forum {key: row.start})
MATCH (b:Mandate {key: row.end})
MERGE (a)-[r:HAS_MANDATE {doc: row.doc}]->(b)
SET r += row.props
