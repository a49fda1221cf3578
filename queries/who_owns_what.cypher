// name: who_owns_what
// title: Who owns what | Vem äger vad
// description: Everything a person or organisation owns, presents, decided (as a participant) or attends, with dates.
// beskrivning: Allt en person eller organisation äger, föredrar, beslutade (som deltagare) eller deltar i, med datum.
// param: name string : part of a person's or organisation's name, e.g. "Åkesson"
// param: limit int = 0 : at most this many rows, the first in the list's order (0: all), e.g. 200
// columns: name, relation, what, date, status, document, confirmed
MATCH (who)
WHERE (who:Person OR who:Organisation) AND toLower(who.name) CONTAINS toLower($name)
CALL {
  WITH who
  MATCH (who)-[:OWNS]->(a:Action)-[:RAISED_IN]->(m:Meeting)
  OPTIONAL MATCH (a)-[:SOURCE]->(d:Document)
  RETURN 'owns action' AS relation, a.text AS what, m.date AS date, coalesce(a.status_now, a.status) AS status,
         d.name AS document, coalesce(a.corrected_by, who.corrected_by) AS confirmed
  UNION
  WITH who
  MATCH (who)-[:PRESENTED]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
  OPTIONAL MATCH (m)-[:SOURCE]->(d:Document)
  RETURN 'presented' AS relation, i.number + '. ' + i.title AS what, m.date AS date, null AS status,
         d.name AS document, who.corrected_by AS confirmed
  UNION
  WITH who
  MATCH (who)-[at:ATTENDED]->(m:Meeting)<-[:DECIDED_IN]-(dec:Decision)
  WHERE at.status = 'present'
  OPTIONAL MATCH (dec)-[:SOURCE]->(d:Document)
  RETURN 'took part in decision' AS relation, dec.text AS what, m.date AS date, null AS status,
         d.name AS document, who.corrected_by AS confirmed
  UNION
  WITH who
  MATCH (who)-[at:ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (m)-[:SOURCE]->(d:Document)
  RETURN 'attended (' + at.status + ')' AS relation, coalesce(m.forum, m.title) AS what, m.date AS date,
         null AS status, d.name AS document, who.corrected_by AS confirmed
}
RETURN who.name AS name, relation, what, date, status, document, confirmed
ORDER BY name, date DESC, relation, what
LIMIT $limit
