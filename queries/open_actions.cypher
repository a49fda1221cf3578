// name: open_actions
// title: Open actions | Öppna åtgärder
// description: Actions not reported done, with owner, due date, forum and source document; soonest due first.
// beskrivning: Åtgärder som inte rapporterats klara, med ansvarig, slutdatum, forum och källdokument.
// param: owner string = null : part of the owner's name, e.g. "Tomas" (person or group)
// param: organisation string = null : part of an organisation's name the owner belongs to, e.g. "Kristianstad"
// param: forum string = null : part of the forum's name, e.g. "Nordöstra"
// param: project string = null : part of a project's name, e.g. "Trygg hemgång"
// param: due_before date = null : only actions due on or before this day, e.g. 2025-12-31
// param: due_after date = null : only actions due on or after this day, e.g. 2025-01-01
// columns: owner, action, due, status, raised, forum, document, page, paragraph, key, path, confirmed
MATCH (a:Action)-[:RAISED_IN]->(m:Meeting)
OPTIONAL MATCH (a)-[f:FOLLOWED_UP_IN]->(:Meeting)
WITH a, m, f
ORDER BY f.date DESC
WITH a, m, collect(f.status) AS reported
// A status a human confirmed (corrections.yaml) wins over what later minutes reported.
WITH a, m, CASE WHEN a.status_confirmed THEN a.status ELSE coalesce(head(reported), a.status) END AS status
WHERE status <> 'done'
OPTIONAL MATCH (owner)-[:OWNS]->(a)
OPTIONAL MATCH (owner)-[:REPRESENTS]->(rep:Organisation)
OPTIONAL MATCH (m)-[:OF_FORUM]->(forum:Forum)
OPTIONAL MATCH (a)-[:ABOUT]->(project:Project)
OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
WITH a, m, status, owner, forum, d,
     collect(DISTINCT rep.name) AS organisations,
     collect(DISTINCT project.name) AS projects
WHERE ($owner IS NULL OR toLower(coalesce(owner.name, a.owner_name, '')) CONTAINS toLower($owner))
  AND ($organisation IS NULL OR toLower(coalesce(owner.name, '')) CONTAINS toLower($organisation)
       OR any(o IN organisations WHERE toLower(o) CONTAINS toLower($organisation)))
  AND ($forum IS NULL OR toLower(coalesce(forum.name, '')) CONTAINS toLower($forum))
  AND ($project IS NULL OR any(p IN projects WHERE toLower(p) CONTAINS toLower($project)))
  AND ($due_before IS NULL OR (a.due IS NOT NULL AND a.due <= date($due_before)))
  AND ($due_after IS NULL OR (a.due IS NOT NULL AND a.due >= date($due_after)))
RETURN coalesce(owner.name, a.owner_name) AS owner, a.text AS action, a.due AS due, status,
       m.date AS raised, forum.name AS forum, d.name AS document, a.page AS page, a.paragraph AS paragraph,
       a.key AS key, d.path AS path, a.corrected_by AS confirmed
ORDER BY a.due IS NULL, a.due, owner, action
