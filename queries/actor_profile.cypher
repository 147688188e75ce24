// actor_profile — every claim the actor makes, and every claim that names it as the other actor
// (COORDINATES partner, OPPOSES an actor).
//
// Parameters:
// :param actor => 'FRA'
//
// Returns: claim_id, subject, relation, object, object_type, kind, beneficiary, modality, rank
// Order: relation, claim_id
CALL {
  MATCH (a:Actor {id: $actor}) USING INDEX SEEK a:Actor(id)
  MATCH (a)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->()
  RETURN r
  UNION
  MATCH (a:Actor {id: $actor}) USING INDEX SEEK a:Actor(id)
  MATCH (a)<-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]-(:Actor)
  WHERE r.object_type = 'actor'
  RETURN r
}
RETURN r.id AS claim_id, r.subject AS subject, type(r) AS relation, r.object AS object,
       r.object_type AS object_type, r.kind AS kind, r.beneficiary AS beneficiary, r.modality AS modality,
       r.rank AS rank
ORDER BY relation, claim_id
