// name: focus_areas
// title: Focus areas and activities | Fokusområden och aktiviteter
// description: The focus-area tree of the activity plans: each activity under its area and sub-area, with level, timing, responsible (and the forum, when the responsible is one) and its latest result.
// beskrivning: Fokusområden i aktivitetsplanerna: varje aktivitet under sitt område och delområde, med nivå, tidplan, ansvarig (och forumet, när den ansvarige är ett forum) och senaste resultat.
// param: area string = null : part of a focus area's or sub-area's title, e.g. "Personcentrerat"
// param: document string = null : part of the plan's file name, e.g. "sydvastra"
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: focus_area, sub_area, level, activity, timing, responsible, forum, result_year, result, document
MATCH (a:Activity)-[:UNDER]->(fa:FocusArea)
MATCH (a)-[:SOURCE]->(d:Document)
WHERE $document IS NULL OR toLower(d.name) CONTAINS toLower($document)
OPTIONAL MATCH (fa)-[:PART_OF]->(parent:FocusArea)
WITH a, d, coalesce(parent, fa) AS area, CASE WHEN parent IS NULL THEN null ELSE fa END AS sub
WHERE $area IS NULL OR toLower(area.title) CONTAINS toLower($area)
   OR toLower(coalesce(sub.title, '')) CONTAINS toLower($area)
OPTIONAL MATCH (a)-[:HAS_RESULT]->(r:Result)
WITH a, d, area, sub, r ORDER BY r.year DESC
WITH a, d, area, sub, collect(r)[0] AS latest
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(owner:Forum)
RETURN area.number + '. ' + area.title AS focus_area,
       CASE WHEN sub IS NULL THEN null ELSE sub.number + ' ' + sub.title END AS sub_area,
       a.level AS level, a.text AS activity, a.timing AS timing, a.responsible AS responsible, owner.name AS forum,
       latest.year AS result_year, latest.text AS result, d.name AS document
ORDER BY document, focus_area, sub_area, level, activity
LIMIT $limit
