// name: meeting_summary
// title: Meeting summary | Mötessammanfattning
// description: One meeting: participants, agenda, decisions, new actions and actions followed up.
// beskrivning: Ett möte: deltagare, dagordning, beslut, nya åtgärder och uppföljda åtgärder.
// param: date date : the meeting's date, e.g. 2025-06-10
// param: forum string = null : part of the forum's name when several met that day, e.g. "Nordöstra"
// columns: section, item, detail, document
MATCH (m:Meeting)
WHERE m.date = date($date) AND ($forum IS NULL OR toLower(coalesce(m.forum, '')) CONTAINS toLower($forum))
CALL {
  WITH m
  MATCH (p:Person)-[at:ATTENDED]->(m)
  RETURN '1 participants' AS section, p.name AS item,
         at.status + coalesce(', ' + at.role, '') + coalesce(', ' + at.organisation, '') AS detail
  UNION
  WITH m
  MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)
  OPTIONAL MATCH (p:Person)-[:PRESENTED]->(i)
  RETURN '2 agenda' AS section, i.number + '. ' + i.title AS item, p.name AS detail
  UNION
  WITH m
  MATCH (dec:Decision)-[:DECIDED_IN]->(m)
  RETURN '3 decisions' AS section, dec.text AS item, coalesce('item ' + dec.agenda_item, '') AS detail
  UNION
  WITH m
  MATCH (a:Action)-[:RAISED_IN]->(m)
  OPTIONAL MATCH (owner)-[:OWNS]->(a)
  RETURN '4 new actions' AS section, a.text AS item,
         coalesce(owner.name, 'no owner') + coalesce(', due ' + toString(a.due), '') AS detail
  UNION
  WITH m
  MATCH (a:Action)-[f:FOLLOWED_UP_IN]->(m)
  RETURN '5 followed up' AS section, a.text AS item, f.status AS detail
}
OPTIONAL MATCH (m)-[:SOURCE]->(d:Document)
RETURN section, item, detail, d.name AS document
ORDER BY section, item
