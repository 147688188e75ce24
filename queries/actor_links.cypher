// actor_links — the structural links touching an actor (or a commitment): MEMBER_OF, HOLDS_OFFICE, PART_OF
// and TARGETS, in either direction. Derived edges (a commitment's BENEFITS edge, FROM, MENTIONS) are not links.
//
// Parameters:
// :param actor => 'FRA'
//
// Returns: relation, src, dst, role, since, until
// Order: relation, src, dst, role (null first), since (null first)
CALL {
  MATCH (n:Actor {id: $actor}) USING INDEX SEEK n:Actor(id) RETURN n
  UNION
  MATCH (n:Commitment {id: $actor}) USING INDEX SEEK n:Commitment(id) RETURN n
}
MATCH (n)-[l:MEMBER_OF|HOLDS_OFFICE|PART_OF|TARGETS]-()
WITH DISTINCT l
RETURN type(l) AS relation, l.src AS src, l.dst AS dst, l.role AS role, l.since AS since, l.until AS until
ORDER BY relation, src, dst, coalesce(role, ''), coalesce(toString(since), '')
