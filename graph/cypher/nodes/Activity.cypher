// name: merge_Activity
// description: Create or update Activity nodes by key; dates arrive as ISO strings.
// parameters: $rows: list of {key: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MERGE (n:Activity {key: row.key})
SET n += row.props
