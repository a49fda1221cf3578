// name: forget_forum_relationships
// description: Remove what a document states between forums (reporting and assignment lines, seats); forums stay.
// parameters: $doc: string, the document key
MATCH (:Forum)-[r]->()
WHERE r.doc = $doc
DELETE r
