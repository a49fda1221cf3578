// name: role_changes
// title: Role changes | Byte av roll eller organisation
// description: People who appear with more than one role or organisation, each with the first and last date seen.
// beskrivning: Personer som förekommer med mer än en roll eller organisation, med första och senaste datum.
// param: name string = null : part of the person's name, e.g. "Nyström"
// columns: person, role, organisation, first_seen, last_seen
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)
WHERE $name IS NULL OR toLower(p.name) CONTAINS toLower($name)
WITH p, r.title AS role, h.organisation AS organisation, min(h.date) AS first_seen, max(h.date) AS last_seen
WITH p, collect({role: role, organisation: organisation, first_seen: first_seen, last_seen: last_seen}) AS spells
WHERE size(spells) > 1
UNWIND spells AS spell
RETURN p.name AS person, spell.role AS role, spell.organisation AS organisation,
       spell.first_seen AS first_seen, spell.last_seen AS last_seen
ORDER BY person, first_seen, role
