// positions — each actor's current position (PLEDGES, SUPPORTS, OPPOSES, DECLINES) on matching commitments.
//
// An actor's *position* on a commitment is its latest claim there among PLEDGES, SUPPORTS, OPPOSES, DECLINES:
// greatest start (start = valid_from, else first_seen; null counts as earliest), then highest rank, then
// smallest claim id. Only claims in force on $as_of count (start null or <= as_of, valid_until null or >= as_of).
//
// Parameters (null = no filter; an empty $commitment also means no filter):
// :param kind => 'troops'
// :param commitment => null
// :param beneficiary => 'UKR'
// :param as_of => '2025-03-01'
//
// Returns: claim_id, subject, relation, kind, beneficiary, commitment, modality, rank
// Order: relation, subject, claim_id
WITH CASE WHEN $as_of IS NULL THEN null ELSE date($as_of) END AS day
MATCH (s:Actor)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES]->(c:Commitment)
WHERE r.object_type = 'commitment'
  AND ($commitment IS NULL OR $commitment = '' OR c.id = $commitment)
  AND ($kind IS NULL OR r.kind = $kind)
  AND ($beneficiary IS NULL OR r.beneficiary = $beneficiary)
  AND (day IS NULL OR ((r.start IS NULL OR r.start <= day) AND (r.valid_until IS NULL OR r.valid_until >= day)))
WITH s, c, r
ORDER BY coalesce(r.start, date('0001-01-01')) DESC, r.rank DESC, r.id ASC
WITH s, c, collect(r)[0] AS r
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.kind AS kind, r.beneficiary AS beneficiary,
       c.id AS commitment, r.modality AS modality, r.rank AS rank
ORDER BY relation, subject, claim_id
