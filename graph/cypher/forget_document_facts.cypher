// name: forget_document_facts
// description: Delete the nodes that belong to one document (they all have a SOURCE to it) and their relationships.
// parameters: $doc: string, the document key ("doc-<sha256 prefix>")
MATCH (d:Document {key: $doc})<-[:SOURCE]-(n)
DETACH DELETE n
