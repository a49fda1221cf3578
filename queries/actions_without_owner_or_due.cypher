// name: actions_without_owner_or_due
// title: Actions without owner or due date | Åtgärder utan ansvarig eller slutdatum
// description: Open actions that name nobody responsible or no due date: the ones to clarify at the next meeting.
// beskrivning: Öppna åtgärder utan ansvarig eller utan slutdatum: att förtydliga vid nästa möte.
// columns: missing, action, owner, due, raised, forum, document, key
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)
OPTIONAL MATCH (a)-[f:FOLLOWED_UP_IN]->(:Meeting)
WITH a, m, f
ORDER BY f.date DESC
WITH a, m, CASE WHEN a.status_confirmed THEN a.status ELSE coalesce(head(collect(f.status)), a.status) END AS status
WHERE status <> 'done'
OPTIONAL MATCH (owner)-[:OWNS]->(a)
WITH a, m, owner
WHERE owner IS NULL OR a.due IS NULL
OPTIONAL MATCH (m)-[:OF_FORUM]->(forum:Forum)
OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
RETURN CASE WHEN owner IS NULL AND a.due IS NULL THEN 'owner and due date'
            WHEN owner IS NULL THEN 'owner' ELSE 'due date' END AS missing,
       a.text AS action, owner.name AS owner, a.due AS due, m.date AS raised, forum.name AS forum,
       d.name AS document, a.key AS key
ORDER BY raised, action
