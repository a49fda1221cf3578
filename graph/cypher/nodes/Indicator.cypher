// name: merge_Indicator
// description: Create or update Indicator nodes by key; dates arrive as ISO strings.
// parameters: $rows: list of {key: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MERGE (n:Indicator {key: row.key})
SET n += row.props
