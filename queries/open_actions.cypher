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
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: owner, action, due, status, raised, forum, document, page, paragraph, key, path, confirmed
MATCH (a:Action)
WHERE coalesce(a.status_now, a.status) <> 'done'
  AND ($owner IS NULL OR toLower(coalesce(a.owner, a.owner_name, '')) CONTAINS toLower($owner))
  AND ($forum IS NULL OR toLower(coalesce(a.forum, '')) CONTAINS toLower($forum))
  AND ($due_before IS NULL OR (a.due IS NOT NULL AND a.due <= date($due_before)))
  AND ($due_after IS NULL OR (a.due IS NOT NULL AND a.due >= date($due_after)))
  AND ($organisation IS NULL OR toLower(coalesce(a.owner, '')) CONTAINS toLower($organisation)
       OR any(o IN coalesce(a.owner_organisations, []) WHERE toLower(o) CONTAINS toLower($organisation)))
  AND ($project IS NULL OR any(p IN coalesce(a.projects, []) WHERE toLower(p) CONTAINS toLower($project)))
RETURN coalesce(a.owner, a.owner_name) AS owner, a.text AS action, a.due AS due,
       coalesce(a.status_now, a.status) AS status, a.raised AS raised, a.forum AS forum, a.document AS document,
       a.page AS page, a.paragraph AS paragraph, a.key AS key, a.path AS path, a.corrected_by AS confirmed
ORDER BY a.due IS NULL, a.due, owner, action
LIMIT $limit
