// name: stale_actions
// title: Stale actions | Bortglömda åtgärder
// description: Open actions not mentioned in the last N meetings of their forum (raised or followed up).
// beskrivning: Öppna åtgärder som inte nämnts på forumets senaste N möten.
// param: meetings int = 2 : how many later meetings of the forum without a mention make an action stale, e.g. 2
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: owner, action, last_mentioned, meetings_since, forum, document, key
// Each forum's meeting dates are collected once, not matched again for every action.
MATCH (forum:Forum)<-[:OF_FORUM]-(meeting:Meeting)
WITH forum, collect(meeting.date) AS dates
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)-[:OF_FORUM]->(forum)
WHERE coalesce(a.status_now, a.status) <> 'done'
WITH a, m, forum, dates,
     CASE WHEN a.last_reported IS NULL OR a.last_reported < m.date THEN m.date ELSE a.last_reported END
       AS last_mentioned
WITH a, forum, last_mentioned, size([d IN dates WHERE d > last_mentioned]) AS meetings_since
WHERE meetings_since >= $meetings
RETURN coalesce(a.owner, a.owner_name) AS owner, a.text AS action, last_mentioned, meetings_since,
       forum.name AS forum, a.document AS document, a.key AS key
ORDER BY meetings_since DESC, last_mentioned, action
LIMIT $limit
