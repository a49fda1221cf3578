// name: forget_shared_relationships
// description: Delete the relationships between shared nodes (roles, representation) that one
//   document stated. The document states them only of people it mentions, so they are found from
//   its MENTIONED_IN relationships, not by reading every person's relationships; those to the
//   document's own nodes go with the nodes (forget_document_facts).
// parameters: $doc: string, the document key
MATCH (:Document {key: $doc})<-[:MENTIONED_IN]-(:Person)-[r]->()
WHERE r.doc = $doc AND type(r) <> 'MENTIONED_IN'
DELETE r
