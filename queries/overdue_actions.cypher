// name: overdue_actions
// title: Overdue actions | Försenade åtgärder
// description: Open actions whose due date has passed, the longest overdue first.
// beskrivning: Öppna åtgärder vars slutdatum har passerat, den mest försenade först.
// param: today date = today : the day to compare with, e.g. 2025-10-01
// param: owner string = null : part of the owner's name, e.g. "Jonas"
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: owner, action, due, status, forum, document, key
MATCH (a:Action)
WHERE a.due IS NOT NULL AND a.due < date($today) AND coalesce(a.status_now, a.status) <> 'done'
  AND ($owner IS NULL OR toLower(coalesce(a.owner, a.owner_name, '')) CONTAINS toLower($owner))
RETURN coalesce(a.owner, a.owner_name) AS owner, a.text AS action, a.due AS due,
       coalesce(a.status_now, a.status) AS status, a.forum AS forum, a.document AS document, a.key AS key
ORDER BY due, owner, action
LIMIT $limit
