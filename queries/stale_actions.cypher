// name: stale_actions
// title: Stale actions | Bortglömda åtgärder
// description: Open actions not mentioned in the last N meetings of their forum (raised or followed up).
// beskrivning: Öppna åtgärder som inte nämnts på forumets senaste N möten.
// param: meetings int = 2 : how many later meetings of the forum without a mention make an action stale, e.g. 2
// columns: owner, action, last_mentioned, meetings_since, forum, document, key
// Each forum's meeting dates are collected once, not matched again for every action.
MATCH (forum:Forum)<-[:OF_FORUM]-(meeting:Meeting)
WITH forum, collect(meeting.date) AS dates
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)-[:OF_FORUM]->(forum)
OPTIONAL MATCH (a)-[f:FOLLOWED_UP_IN]->(:Meeting)
WITH a, m, forum, dates, f
ORDER BY f.date DESC
WITH a, m, forum, dates, max(f.date) AS followed,
     CASE WHEN a.status_confirmed THEN a.status ELSE coalesce(head(collect(f.status)), a.status) END AS status
WHERE status <> 'done'
WITH a, m, forum, dates, CASE WHEN followed IS NULL OR followed < m.date THEN m.date ELSE followed END AS last_mentioned
WITH a, m, forum, last_mentioned, size([d IN dates WHERE d > last_mentioned]) AS meetings_since
WHERE meetings_since >= $meetings
OPTIONAL MATCH (owner)-[:OWNS]->(a)
OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
RETURN coalesce(owner.name, a.owner_name) AS owner, a.text AS action, last_mentioned, meetings_since,
       forum.name AS forum, d.name AS document, a.key AS key
ORDER BY meetings_since DESC, last_mentioned, action
