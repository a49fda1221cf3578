// name: decision_log
// title: Decision log | Beslutslogg
// description: Decisions whose text or project matches, newest first, with meeting, agenda item and source.
// beskrivning: Beslut vars text eller projekt matchar, senaste först, med möte, punkt och källa.
// param: topic string = null : words of the decision or a project's name, e.g. "Trygg hemgång"
// param: forum string = null : part of the forum's name, e.g. "Nordöstra"
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: date, decision, item, projects, forum, document, page, paragraph
MATCH (dec:Decision)
WHERE ($topic IS NULL OR toLower(dec.text) CONTAINS toLower($topic)
       OR any(name IN coalesce(dec.projects, []) WHERE toLower(name) CONTAINS toLower($topic)))
  AND ($forum IS NULL OR toLower(coalesce(dec.forum, '')) CONTAINS toLower($forum))
RETURN dec.date AS date, dec.text AS decision, dec.agenda_item AS item, coalesce(dec.projects, []) AS projects,
       dec.forum AS forum, dec.document AS document, dec.page AS page, dec.paragraph AS paragraph
ORDER BY date DESC, item
LIMIT $limit
