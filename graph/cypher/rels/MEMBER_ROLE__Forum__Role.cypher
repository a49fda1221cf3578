// name: merge_MEMBER_ROLE_Forum_Role
// description: Create or update (Forum)-[:MEMBER_ROLE]->(Role), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Forum {key: row.start})
MATCH (b:Role {key: row.end})
MERGE (a)-[r:MEMBER_ROLE {doc: row.doc, organisation: row.props.organisation}]->(b)
SET r += row.props
