// name: representation
// title: Representation | Representation
// description: Who represented each organisation in a forum, per year: meetings present, absent and as acting.
// beskrivning: Vem som representerade varje organisation i ett forum, per år: närvaro, frånvaro och som tf.
// param: forum string = null : part of the forum's name, e.g. "Nordöstra"
// param: organisation string = null : part of the organisation's name, e.g. "Hässleholm"
// columns: forum, organisation, year, person, present, absent, invited, acting
MATCH (p:Person)-[at:ATTENDED]->(m:Meeting)
WHERE ($forum IS NULL OR toLower(coalesce(m.forum, '')) CONTAINS toLower($forum))
  AND at.organisation IS NOT NULL
  AND ($organisation IS NULL OR toLower(at.organisation) CONTAINS toLower($organisation))
RETURN m.forum AS forum, at.organisation AS organisation, m.date.year AS year, p.name AS person,
       count(CASE WHEN at.status = 'present' THEN 1 END) AS present,
       count(CASE WHEN at.status = 'absent' THEN 1 END) AS absent,
       count(CASE WHEN at.status = 'invited' THEN 1 END) AS invited,
       count(CASE WHEN at.acting THEN 1 END) AS acting
ORDER BY forum, organisation, year, person
