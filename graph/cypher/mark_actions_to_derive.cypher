// name: mark_actions_to_derive
// description: Mark the actions whose derived status (derive_action_status) the given documents can
//   change: their own actions, actions followed up in their meetings, and actions owned by the
//   people they mention (whom they may say represent another organisation). Run for the documents a
//   sync loaded (pending_documents), and for a document about to be forgotten or replaced, in the
//   same transaction and before its facts go.
// parameters: $docs: list of document keys
MATCH (d:Document)
WHERE d.key IN $docs
OPTIONAL MATCH (d)<-[:SOURCE]-(own:Action)
WITH d, collect(own) AS own_actions
OPTIONAL MATCH (d)<-[:SOURCE]-(:Meeting)<-[:FOLLOWED_UP_IN]-(followed:Action)
WITH d, own_actions, collect(followed) AS followed_actions
OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(:Person)-[:OWNS]->(owned:Action)
WITH own_actions, followed_actions, collect(owned) AS owned_actions
UNWIND own_actions + followed_actions + owned_actions AS a
SET a.derive_pending = true
