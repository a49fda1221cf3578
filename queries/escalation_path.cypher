// name: escalation_path
// title: Escalation path | Eskaleringsväg
// description: Where a question goes from a forum: the chain of REPORTS_TO lines up to the forum that reports to no one.
// beskrivning: Vart en fråga går från ett forum: kedjan av rapporteringsvägar upp till forumet som inte rapporterar vidare.
// param: forum string = null : part of the forum's name, e.g. "Lokal samverkan"
// columns: forum, steps, chain, top_forum, top_level
MATCH path = (start:Forum)-[:REPORTS_TO*1..8]->(top:Forum)
WHERE ($forum IS NULL OR toLower(start.name) CONTAINS toLower($forum)) AND NOT (top)-[:REPORTS_TO]->(:Forum)
RETURN start.name AS forum, length(path) AS steps,
       reduce(text = '', n IN nodes(path) | text + CASE WHEN text = '' THEN '' ELSE ' → ' END + n.name) AS chain,
       top.name AS top_forum, top.level AS top_level
ORDER BY forum, steps
