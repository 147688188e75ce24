// coalition — every claim on a commitment or on one of its parts (X -[:PART_OF]-> the commitment),
// whatever its relation (PLEDGES, SUPPORTS, OPPOSES, DECLINES, COORDINATES) and date.
//
// Parameters:
// :param commitment => 'c_0123456789abcdef0123'
//
// Returns: claim_id, subject, relation, kind, commitment (the claim's object: the package or a part), modality, rank
// Order: relation, subject, claim_id
CALL {
  MATCH (t:Commitment {id: $commitment}) USING INDEX SEEK t:Commitment(id) RETURN t
  UNION
  MATCH (t:Actor {id: $commitment}) USING INDEX SEEK t:Actor(id) RETURN t
  UNION
  MATCH (p:Commitment {id: $commitment}) USING INDEX SEEK p:Commitment(id) MATCH (t)-[:PART_OF]->(p) RETURN t
  UNION
  MATCH (p:Actor {id: $commitment}) USING INDEX SEEK p:Actor(id) MATCH (t)-[:PART_OF]->(p) RETURN t
}
MATCH (s:Actor)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->(t)
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.kind AS kind, t.id AS commitment,
       r.modality AS modality, r.rank AS rank
ORDER BY relation, subject, claim_id
