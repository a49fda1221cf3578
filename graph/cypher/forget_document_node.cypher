// name: forget_document_node
// description: Delete a document node and every relationship still pointing at it (MENTIONED_IN).
// parameters: $doc: string, the document key
MATCH (d:Document {key: $doc})
DETACH DELETE d
