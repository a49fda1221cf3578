// name: review_records
// description: Actions and decisions no correction touched yet, with confidence, owner and document, for the review queue.
// parameters: none
MATCH (n)
WHERE (n:Action OR n:Decision) AND n.correction IS NULL
OPTIONAL MATCH (p:Person)-[:OWNS]->(n)
OPTIONAL MATCH (n)-[:SOURCE]->(d:Document)
RETURN n.key AS key, n.text AS text, n.confidence AS confidence, p.key AS owner_key, p.name AS owner,
       d.name AS document
ORDER BY key
