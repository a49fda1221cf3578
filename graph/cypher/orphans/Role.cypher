// name: delete_orphan_Role
// description: Delete Role nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Role)
WHERE NOT (n)--()
DELETE n
