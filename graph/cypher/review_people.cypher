// name: review_people
// description: Every person with aliases and whether a correction already confirmed them, for near-miss merges.
// parameters: none
MATCH (p:Person)
RETURN p.key AS key, p.name AS name, p.aliases AS aliases, p.correction AS correction
ORDER BY key
