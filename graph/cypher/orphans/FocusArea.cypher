// name: delete_orphan_FocusArea
// description: Delete FocusArea nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:FocusArea)
WHERE NOT (n)--()
DELETE n
