// name: delete_orphans
// description: Delete shared nodes (people, organisations, projects, forums, roles) no document mentions any more.
// parameters: none
MATCH (n)
WHERE NOT (n)--()
DELETE n
