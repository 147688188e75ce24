// reversals — contradictions: one actor both backs a commitment (PLEDGES or SUPPORTS on the ladder, rank >= 1)
// and declines, opposes, refuses or withdraws it (OPPOSES, DECLINES, or modality refused/withdrawn) — in any
// order. Both claims stay in the graph; this query pairs them. With $kind, only claims of that kind.
//
// Parameters (null = no filter):
// :param actor => 'FRA'
// :param kind => 'troops'
//
// Returns: subject, kind, beneficiary, commitment, positive_claim, positive_modality, positive_date,
//          negative_claim, negative_relation, negative_modality, negative_date (dates: the claims' starts)
// Order: subject, commitment, positive_claim, negative_claim
MATCH (s:Actor)-[p:PLEDGES|SUPPORTS]->(c:Commitment)
WHERE ($actor IS NULL OR s.id = $actor)
  AND p.object_type = 'commitment' AND ($kind IS NULL OR p.kind = $kind) AND p.rank >= 1
MATCH (s)-[n:PLEDGES|SUPPORTS|OPPOSES|DECLINES]->(c)
WHERE n.object_type = 'commitment' AND ($kind IS NULL OR n.kind = $kind)
  AND (type(n) IN ['OPPOSES', 'DECLINES'] OR n.modality IN ['refused', 'withdrawn'])
RETURN s.id AS subject, p.kind AS kind, p.beneficiary AS beneficiary, c.id AS commitment,
       p.id AS positive_claim, p.modality AS positive_modality, p.start AS positive_date,
       n.id AS negative_claim, type(n) AS negative_relation, n.modality AS negative_modality,
       n.start AS negative_date
ORDER BY subject, commitment, positive_claim, negative_claim
