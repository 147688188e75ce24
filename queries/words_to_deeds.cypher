// words_to_deeds — steps on the modality ladder. For one actor and one commitment (PLEDGES and DECLINES claims
// only), a claim followed at a later date by a claim of a different rank, with no dated claim of that actor on
// that commitment strictly in between. Undated claims (no valid_from and no first_seen) are left out.
// With $kind, only claims of that kind are considered (also for the "in between" test).
//
// Parameters (null = no filter):
// :param actor => 'FRA'
// :param kind => 'troops'
//
// Returns: subject, kind, beneficiary, commitment, from_claim, from_modality, from_date, to_claim, to_modality,
//          to_date, direction ('up' if the later claim ranks higher, else 'down')
// Order: subject, commitment, from_date, from_claim, to_claim
MATCH (s:Actor)-[a:PLEDGES|DECLINES]->(c:Commitment)
WHERE ($actor IS NULL OR s.id = $actor)
  AND a.object_type = 'commitment' AND ($kind IS NULL OR a.kind = $kind) AND a.start IS NOT NULL
MATCH (s)-[b:PLEDGES|DECLINES]->(c)
WHERE b.object_type = 'commitment' AND ($kind IS NULL OR b.kind = $kind)
  AND b.start > a.start AND b.rank <> a.rank
  AND NOT EXISTS {
    MATCH (s)-[m:PLEDGES|DECLINES]->(c)
    WHERE m.object_type = 'commitment' AND ($kind IS NULL OR m.kind = $kind)
      AND m.start > a.start AND m.start < b.start
  }
RETURN s.id AS subject, a.kind AS kind, a.beneficiary AS beneficiary, c.id AS commitment,
       a.id AS from_claim, a.modality AS from_modality, a.start AS from_date,
       b.id AS to_claim, b.modality AS to_modality, b.start AS to_date,
       CASE WHEN b.rank > a.rank THEN 'up' ELSE 'down' END AS direction
ORDER BY subject, commitment, from_date, from_claim, to_claim
