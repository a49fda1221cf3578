// name: overdue_actions
// title: Overdue actions | Försenade åtgärder
// description: Open actions whose due date has passed, the longest overdue first.
// beskrivning: Öppna åtgärder vars slutdatum har passerat, den mest försenade först.
// param: today date = today : the day to compare with, e.g. 2025-10-01
// param: owner string = null : part of the owner's name, e.g. "Jonas"
// columns: owner, action, due, status, forum, document, key
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)
WHERE a.due IS NOT NULL AND a.due < date($today)
OPTIONAL MATCH (a)-[f:FOLLOWED_UP_IN]->(:Meeting)
WITH a, m, f
ORDER BY f.date DESC
WITH a, m, CASE WHEN a.status_confirmed THEN a.status ELSE coalesce(head(collect(f.status)), a.status) END AS status
WHERE status <> 'done'
OPTIONAL MATCH (owner)-[:OWNS]->(a)
OPTIONAL MATCH (m)-[:OF_FORUM]->(forum:Forum)
OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
WITH a, status, owner, forum, d
WHERE $owner IS NULL OR toLower(coalesce(owner.name, a.owner_name, '')) CONTAINS toLower($owner)
RETURN coalesce(owner.name, a.owner_name) AS owner, a.text AS action, a.due AS due,
       status, forum.name AS forum,
       d.name AS document, a.key AS key
ORDER BY due, owner, action
