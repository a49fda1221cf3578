// name: merge_Action
// description: Create or update Action nodes by key; dates arrive as ISO strings.
// parameters: $rows: list of {key: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MERGE (n:Action {key: row.key})
SET n += row.props,
    n.closed_on = CASE WHEN row.props.closed_on IS NULL THEN null ELSE date(row.props.closed_on) END,
    n.corrected_at = CASE WHEN row.props.corrected_at IS NULL THEN null ELSE date(row.props.corrected_at) END,
    n.due = CASE WHEN row.props.due IS NULL THEN null ELSE date(row.props.due) END,
    n.raised = CASE WHEN row.props.raised IS NULL THEN null ELSE date(row.props.raised) END
