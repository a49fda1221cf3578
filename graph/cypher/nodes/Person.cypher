// name: merge_Person
// description: Create or update Person nodes by key; dates arrive as ISO strings.
// parameters: $rows: list of {key: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n += row.props,
    n.corrected_at = CASE WHEN row.props.corrected_at IS NULL THEN null ELSE date(row.props.corrected_at) END
