// name: merge_HOLDS_ROLE_Person_Role
// description: Create or update (Person)-[:HOLDS_ROLE]->(Role), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Role {key: row.end})
MERGE (a)-[r:HOLDS_ROLE {doc: row.doc}]->(b)
SET r += row.props,
    r.date = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END
