// name: forum_assignments
// title: Assignments between forums | Uppdrag mellan forum
// description: Which forum assigns work to which: the assignment lines of collaboration plans, and the actions minutes and plans give a forum, with their status.
// beskrivning: Vilket forum som ger uppdrag till vilket: uppdragslinjerna i samverkansplanerna och de åtgärder som protokoll och planer ger ett forum, med status.
// param: forum string = null : part of either forum's name, e.g. "operativ"
// columns: from_forum, to_forum, basis, action, status, raised, document
MATCH (a:Forum)-[l:ASSIGNS_TO]->(b:Forum)
MATCH (d:Document {key: l.doc})
WHERE $forum IS NULL OR toLower(a.name) CONTAINS toLower($forum) OR toLower(b.name) CONTAINS toLower($forum)
RETURN DISTINCT a.name AS from_forum, b.name AS to_forum, 'samverkansplan' AS basis, null AS action,
       null AS status, null AS raised, d.name AS document
UNION
MATCH (act:Action)-[:ASSIGNED_TO]->(b:Forum), (act)-[:RAISED_IN]->(m:Meeting)-[:SOURCE]->(d:Document)
OPTIONAL MATCH (m)-[:OF_FORUM]->(a:Forum)
OPTIONAL MATCH (act)-[f:FOLLOWED_UP_IN]->(later:Meeting)
WITH act, a, b, m, d, f ORDER BY later.date DESC
WITH act, a, b, m, d, collect(f.status)[0] AS latest_status
WHERE $forum IS NULL OR toLower(coalesce(a.name, d.title)) CONTAINS toLower($forum)
   OR toLower(b.name) CONTAINS toLower($forum)
RETURN coalesce(a.name, d.title) AS from_forum, b.name AS to_forum,
       CASE WHEN a IS NULL THEN 'plan' ELSE 'protokoll' END AS basis, act.text AS action,
       coalesce(latest_status, act.status) AS status, act.raised AS raised, d.name AS document
