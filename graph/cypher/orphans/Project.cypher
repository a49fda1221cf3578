// name: delete_orphan_Project
// description: Delete Project nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Project)
WHERE NOT (n)--()
DELETE n
