// name: set_fingerprint
// description: Record on the Document node the fingerprint of the batch just loaded for it, and that
//   the actions it touches are still to be derived (pending_documents, mark_actions_to_derive).
// parameters: $doc: string, the document key; $fingerprint: string
MATCH (d:Document {key: $doc})
SET d.fingerprint = $fingerprint, d.derive_pending = true
