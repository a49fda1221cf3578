// name: stale_actions
// title: Stale actions | Bortglömda åtgärder
// description: Open actions not mentioned in the last N meetings of their forum (raised or followed up), oldest mention first.
// beskrivning: Öppna åtgärder som inte nämnts på forumets senaste N möten.
// param: meetings int = 2 : how many later meetings of the forum without a mention make an action stale, e.g. 2
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: owner, action, last_mentioned, meetings_since, forum, document, key
// Each forum's meeting dates are collected once, newest first: an action last mentioned before the
// N-th newest meeting is stale, and only the rows returned count their meetings since.
// Oldest mention first.
MATCH (forum:Forum)<-[:OF_FORUM]-(meeting:Meeting)
WITH forum, meeting.date AS day
ORDER BY day DESC
WITH forum, collect(day) AS dates
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)-[:OF_FORUM]->(forum)
WHERE coalesce(a.status_now, a.status) <> 'done'
WITH a, m, forum, dates,
     CASE WHEN a.last_reported IS NULL OR a.last_reported < m.date THEN m.date ELSE a.last_reported END
       AS last_mentioned
WHERE $meetings <= 0 OR dates[$meetings - 1] > last_mentioned
WITH a, forum, dates, last_mentioned
ORDER BY last_mentioned, a.text
LIMIT $limit
RETURN coalesce(a.owner, a.owner_name) AS owner, a.text AS action, last_mentioned,
       size([d IN dates WHERE d > last_mentioned]) AS meetings_since, forum.name AS forum,
       a.document AS document, a.key AS key
