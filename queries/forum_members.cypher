// name: forum_members
// title: Expected seats and attendance | Förväntade platser och närvaro
// description: The seats a plan expects at a forum (role, organisation) and, per year, who sat in them at its meetings (present, same role and organisation); meetings of forums of the same type and sub-region count.
// beskrivning: Platserna som samverkansplanen förväntar sig i ett forum (roll, organisation) och, per år, vem som satt på dem vid mötena (närvarande, samma roll och organisation); möten i forum av samma typ och delregion räknas.
// param: forum string = null : part of the forum's name, e.g. "strategisk"
// columns: forum, role, organisation, year, meetings_attended, people
MATCH (f:Forum)-[s:MEMBER_ROLE]->(:Role)
WHERE ($forum IS NULL OR toLower(f.name) CONTAINS toLower($forum))
OPTIONAL MATCH (g:Forum)<-[:OF_FORUM]-(m:Meeting)<-[at:ATTENDED]-(p:Person)
WHERE (g = f OR (g.type = f.type AND g.delregion = f.delregion))
  AND at.status = 'present' AND at.role IS NOT NULL
  AND (toLower(at.role) STARTS WITH toLower(s.role) OR toLower(s.role) STARTS WITH toLower(at.role))
  AND (s.organisation = '' OR (at.organisation IS NOT NULL
       AND toLower(s.organisation) CONTAINS toLower(at.organisation)))
RETURN f.name AS forum, s.role AS role, s.organisation AS organisation, m.date.year AS year,
       count(DISTINCT m) AS meetings_attended, collect(DISTINCT p.name) AS people
ORDER BY forum, role, organisation, year
