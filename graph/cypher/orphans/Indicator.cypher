// name: delete_orphan_Indicator
// description: Delete Indicator nodes that no relationship connects any more (no document mentions them).
// parameters: none
// generated from graph/model.py by tools/generate_load_cypher.py
MATCH (n:Indicator)
WHERE NOT (n)--()
DELETE n
