// name: delete_orphan_Person
// description: Delete Person nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Person)
WHERE NOT (n)--()
DELETE n
