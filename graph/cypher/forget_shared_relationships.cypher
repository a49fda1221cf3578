// name: forget_shared_relationships
// description: Delete relationships between shared nodes (roles, representation) that one document stated.
// parameters: $doc: string, the document key
MATCH (:Person)-[r]->()
WHERE r.doc = $doc
DELETE r
