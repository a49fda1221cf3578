// name: action_history
// title: Action history | Åtgärdens historik
// description: An action from the meeting that raised it to its latest follow-up, one row per meeting.
// beskrivning: En åtgärd från mötet där den väcktes till den senaste uppföljningen, en rad per möte.
// param: text string = null : words of the action's text, e.g. "Trygg hemgång"
// param: key string = null : the action's key (column "key" of other reports), e.g. action-94ca76c0b71cbbf6
// columns: action, event, date, status, forum, document, quote
MATCH (a:Action)-[:RAISED_IN]->(raised:Meeting)
WHERE ($key IS NULL OR a.key = $key) AND ($text IS NULL OR toLower(a.text) CONTAINS toLower($text))
CALL {
  WITH a, raised
  OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
  RETURN 'raised' AS event, raised.date AS date, a.status AS status, raised.forum AS forum, d.name AS document,
         a.quote AS quote
  UNION
  WITH a, raised
  MATCH (a)-[f:FOLLOWED_UP_IN]->(m:Meeting)-[:SOURCE]->(d:Document)
  RETURN 'followed up' AS event, m.date AS date, f.status AS status, m.forum AS forum, d.name AS document,
         f.quote AS quote
  UNION
  WITH a, raised
  MATCH (a)
  WHERE a.correction IS NOT NULL
  RETURN 'corrected by ' + a.corrected_by AS event, a.corrected_at AS date, a.status AS status,
         raised.forum AS forum, null AS document, 'corrections.yaml: ' + a.correction AS quote
}
RETURN a.text AS action, event, date, status, forum, document, quote
ORDER BY action, date, event DESC
