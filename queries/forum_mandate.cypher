// name: forum_mandate
// title: Forum mandate | Forums uppdrag
// description: A forum's mandate as its collaboration plan states it: level, meeting frequency, chair, and each mandate line.
// beskrivning: Ett forums uppdrag enligt samverkansplanen: nivå, mötesfrekvens, ordförande och varje uppdragspunkt.
// param: forum string = null : part of the forum's name, e.g. "strategisk"
// columns: forum, level, frequency, chairs, chair_arrangement, mandate, document
MATCH (f:Forum)-[:HAS_MANDATE]->(m:Mandate)-[:SOURCE]->(d:Document)
WHERE ($forum IS NULL OR toLower(f.name) CONTAINS toLower($forum))
RETURN f.name AS forum, f.level AS level, f.frequency AS frequency, f.chairs AS chairs,
       f.chair_arrangement AS chair_arrangement, m.text AS mandate, d.name AS document
ORDER BY forum, document, m.position
