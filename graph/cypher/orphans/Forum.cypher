// name: delete_orphan_Forum
// description: Delete Forum nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Forum)
WHERE NOT (n)--()
DELETE n
