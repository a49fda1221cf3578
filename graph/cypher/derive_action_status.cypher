// name: derive_action_status
// description: Facts about an action that other documents state, kept on the Action node so that
//   lists of actions read properties instead of gathering them row by row. Run after each load, for
//   the actions mark_actions_to_derive marked (a first load marks them all).
//   status_now: the status a human confirmed (status_confirmed, corrections.yaml), else the status
//   its latest follow-up reports, else its own;
//   last_reported: that follow-up's date; owner_organisations: the organisations its owner represents.
// parameters: none
MATCH (a:Action)
WHERE a.derive_pending = true
OPTIONAL MATCH (a)-[f:FOLLOWED_UP_IN]->(:Meeting)
WITH a, f
ORDER BY f.date DESC
WITH a, collect(f.status) AS statuses, collect(f.date) AS dates
OPTIONAL MATCH (a)<-[:OWNS]-()-[:REPRESENTS]->(organisation:Organisation)
WITH a, statuses, dates, collect(DISTINCT organisation.name) AS organisations
SET a.status_now = CASE WHEN a.status_confirmed THEN a.status ELSE coalesce(head(statuses), a.status) END, a.last_reported = head(dates),
    a.owner_organisations = organisations
REMOVE a.derive_pending
