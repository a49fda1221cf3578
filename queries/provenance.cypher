// name: provenance
// title: Provenance | Källor
// description: For any node key: the documents, pages or paragraphs and quotes it comes from.
// beskrivning: För en nod: de dokument, sidor eller stycken och citat den kommer från.
// param: key string : a node's key, e.g. action-94ca76c0b71cbbf6 or person-jonas-akesson
// columns: key, name, document, date, page, paragraph, quote
MATCH (n {key: $key})-[s:SOURCE|MENTIONED_IN]->(d:Document)
RETURN n.key AS key, coalesce(n.name, n.text, n.title) AS name, d.name AS document, d.date AS date,
       s.page AS page, s.paragraph AS paragraph, s.quote AS quote
ORDER BY date, document
