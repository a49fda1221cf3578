// name: delete_orphan_Organisation
// description: Delete Organisation nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Organisation)
WHERE NOT (n)--()
DELETE n
