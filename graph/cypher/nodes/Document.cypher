// name: merge_Document
// description: Create or update Document nodes by key; dates arrive as ISO strings.
// parameters: $rows: list of {key: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MERGE (n:Document {key: row.key})
SET n += row.props,
    n.date = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END
