// name: person_export
// description: Everything stored about one person: the node, and each relationship with the node at its other end.
// parameters: key (string, the Person key)
MATCH (p:Person {key: $key})
OPTIONAL MATCH (p)-[r]-(other)
RETURN properties(p) AS person, type(r) AS relationship, labels(other) AS labels,
       properties(other) AS node, properties(r) AS details
ORDER BY relationship, other.key
