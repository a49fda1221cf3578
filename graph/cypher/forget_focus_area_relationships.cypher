// name: forget_focus_area_relationships
// description: Remove the sub-area links a document states between focus areas; the areas stay.
// parameters: $doc: string, the document key
MATCH (:FocusArea)-[r]->()
WHERE r.doc = $doc
DELETE r
