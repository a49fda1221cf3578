// name: merge_FOLLOWED_UP_IN_Action_Meeting
// description: Create or update (Action)-[:FOLLOWED_UP_IN]->(Meeting), one per document.
// parameters: $rows: list of {start: string, end: string, doc: string, props: map}
// generated from graph/model.py by tools/generate_load_cypher.py
UNWIND $rows AS row
MATCH (a:Action {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:FOLLOWED_UP_IN {doc: row.doc}]->(b)
SET r += row.props,
    r.date = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END
