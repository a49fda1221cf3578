// name: set_fingerprint
// description: Record on the Document node the fingerprint of the batch just loaded for it.
// parameters: $doc: string, the document key; $fingerprint: string
MATCH (d:Document {key: $doc})
SET d.fingerprint = $fingerprint
