// name: documents_derived
// description: Clear the flag of documents whose actions mark_actions_to_derive has marked.
// parameters: $docs: list of document keys
MATCH (d:Document)
WHERE d.key IN $docs
REMOVE d.derive_pending
