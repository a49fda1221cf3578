// name: indicator_history
// title: Indicator history | Indikatorns utveckling
// description: An indicator's results year by year, across activity plans, with the activity and plan each comes from.
// beskrivning: En indikators resultat år för år i aktivitetsplanerna, med aktiviteten och planen som anger dem.
// param: indicator string = null : part of the indicator's text, e.g. "utbildningstillfällen"
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: indicator, year, activity, result, document
MATCH (a:Activity)-[:HAS_RESULT]->(r:Result)-[:OF_INDICATOR]->(i:Indicator)
MATCH (r)-[:SOURCE]->(d:Document)
WHERE ($indicator IS NULL OR toLower(i.text) CONTAINS toLower($indicator))
RETURN i.text AS indicator, r.year AS year, a.text AS activity, r.text AS result, d.name AS document
ORDER BY indicator, year, document
LIMIT $limit
