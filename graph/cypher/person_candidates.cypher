// name: person_candidates
// description: Every person's key, name and aliases, to find the one a user means (forget-person, export-person).
// parameters: none
MATCH (p:Person)
RETURN p.key AS key, p.name AS name, p.aliases AS aliases
ORDER BY p.name
