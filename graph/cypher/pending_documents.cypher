// name: pending_documents
// description: Documents loaded since the last derivation of action status (set_fingerprint flags
//   them; documents_derived clears the flag once their actions are marked).
// parameters: none
MATCH (d:Document)
WHERE d.derive_pending = true
RETURN d.key AS key
