// name: record_anchor
// description: An action's or decision's text and document name: what finds it again after its document changed.
// parameters: $key: string, the action or decision key
MATCH (n {key: $key})
WHERE n:Action OR n:Decision
OPTIONAL MATCH (n)-[:SOURCE]->(d:Document)
RETURN n.text AS text, d.name AS document
