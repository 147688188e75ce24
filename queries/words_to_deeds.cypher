// words_to_deeds — steps on the modality ladder. For one actor and one commitment (PLEDGES and DECLINES claims
// only), the actor's position on each date is its highest-ranked claim of that date (ties: the smallest claim
// id); a step is a change of rank between one dated position and the next. Two claims of the same date (say
// "willing" and "considering" in one article) are one position, not a step. Undated claims (no valid_from and
// no first_seen) are left out. With $kind, only claims of that kind are considered.
//
// Parameters (null = no filter):
// :param actor => 'FRA'
// :param kind => 'troops'
//
// Returns: subject, kind, beneficiary, commitment, from_claim, from_modality, from_date, to_claim, to_modality,
//          to_date, direction ('up' if the later position ranks higher, else 'down')
// Order: subject, commitment, from_date, from_claim, to_claim
MATCH (s:Actor)-[r:PLEDGES|DECLINES]->(c:Commitment)
WHERE ($actor IS NULL OR s.id = $actor)
  AND r.object_type = 'commitment' AND ($kind IS NULL OR r.kind = $kind) AND r.start IS NOT NULL
WITH s, c, r ORDER BY r.start, r.rank DESC, r.id
WITH s, c, r.start AS day, collect(r)[0] AS top
ORDER BY day
WITH s, c, collect(top) AS tops
UNWIND range(0, size(tops) - 2) AS i
WITH s, c, tops[i] AS a, tops[i + 1] AS b
WHERE a.rank <> b.rank
RETURN s.id AS subject, a.kind AS kind, a.beneficiary AS beneficiary, c.id AS commitment,
       a.id AS from_claim, a.modality AS from_modality, a.start AS from_date,
       b.id AS to_claim, b.modality AS to_modality, b.start AS to_date,
       CASE WHEN b.rank > a.rank THEN 'up' ELSE 'down' END AS direction
ORDER BY subject, commitment, from_date, from_claim, to_claim
