// name: mark_all_actions_to_derive
// description: Mark every action for derive_action_status: what a sync does when every document in
//   the graph is new (a first load), instead of gathering what each one touches.
// parameters: none
MATCH (a:Action)
SET a.derive_pending = true
