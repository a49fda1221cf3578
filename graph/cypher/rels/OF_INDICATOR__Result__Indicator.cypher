// name: merge_OF_INDICATOR_Result_Indicator
// description: Create or update (Result)-[:OF_INDICATOR]->(Indicator), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Result {key: row.start})
MATCH (b:Indicator {key: row.end})
MERGE (a)-[r:OF_INDICATOR {doc: row.doc}]->(b)
SET r += row.props
