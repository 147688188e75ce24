// backers — who currently backs a kind of contribution (PLEDGES or SUPPORTS at or above a modality rank).
//
// An actor's *position* on a commitment is its latest claim there among PLEDGES, SUPPORTS, OPPOSES, DECLINES:
// greatest start (start = valid_from, else first_seen; null counts as earliest), then highest rank, then
// smallest claim id. Only claims in force on $as_of count (start null or <= as_of, valid_until null or >= as_of).
// A backer is an actor whose position is PLEDGES or SUPPORTS with rank >= $min_rank
// (considering=1 willing=2 planned=3 pledged=4 signed=5 delivered=6; refused/withdrawn=0 never pass).
//
// Parameters (null = no filter):
// :param kind => 'troops'
// :param beneficiary => 'UKR'
// :param min_rank => 1
// :param as_of => '2025-03-01'
//
// Returns: claim_id, subject, relation, kind, beneficiary, modality, rank, valid_from (the claim's start)
// Order: subject, kind, claim_id
WITH CASE WHEN $as_of IS NULL THEN null ELSE date($as_of) END AS day
MATCH (s:Actor)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES]->(c:Commitment)
WHERE r.object_type = 'commitment'
  AND ($kind IS NULL OR r.kind = $kind)
  AND ($beneficiary IS NULL OR r.beneficiary = $beneficiary)
  AND (day IS NULL OR ((r.start IS NULL OR r.start <= day) AND (r.valid_until IS NULL OR r.valid_until >= day)))
WITH s, c, r
ORDER BY coalesce(r.start, date('0001-01-01')) DESC, r.rank DESC, r.id ASC
WITH s, c, collect(r)[0] AS r
WHERE type(r) IN ['PLEDGES', 'SUPPORTS'] AND r.rank >= coalesce($min_rank, 1)
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.kind AS kind, r.beneficiary AS beneficiary,
       r.modality AS modality, r.rank AS rank, r.start AS valid_from
ORDER BY subject, kind, claim_id
