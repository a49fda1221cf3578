// name: merge_REPRESENTS_Person_Organisation
// description: Create or update (Person)-[:REPRESENTS]->(Organisation), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Organisation {key: row.end})
MERGE (a)-[r:REPRESENTS {doc: row.doc}]->(b)
SET r += row.props,
    r.date = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END
