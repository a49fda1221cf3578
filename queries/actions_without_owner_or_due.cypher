// name: actions_without_owner_or_due
// title: Actions without owner or due date | Åtgärder utan ansvarig eller slutdatum
// description: Open actions that name nobody responsible or no due date: the ones to clarify at the next meeting.
// beskrivning: Öppna åtgärder utan ansvarig eller utan slutdatum: att förtydliga vid nästa möte.
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: missing, action, owner, due, raised, forum, document, key
MATCH (a:Action)
WHERE coalesce(a.status_now, a.status) <> 'done' AND (a.owner IS NULL OR a.due IS NULL)
RETURN CASE WHEN a.owner IS NULL AND a.due IS NULL THEN 'owner and due date'
            WHEN a.owner IS NULL THEN 'owner' ELSE 'due date' END AS missing,
       a.text AS action, a.owner AS owner, a.due AS due, a.raised AS raised, a.forum AS forum,
       a.document AS document, a.key AS key
ORDER BY raised, action
LIMIT $limit
