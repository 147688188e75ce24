// opposition_map — who opposes or declines what (commitments and actors), as of a date.
//
// A claim is in force on $as_of if its start (valid_from, else first_seen) is null or <= as_of and its
// valid_until is null or >= as_of.
//
// Parameters (null = every date):
// :param as_of => '2025-03-01'
//
// Returns: claim_id, subject, relation, object, object_type, kind, beneficiary, modality
// Order: subject, relation, claim_id
WITH CASE WHEN $as_of IS NULL THEN null ELSE date($as_of) END AS day
MATCH (s:Actor)-[r:OPPOSES|DECLINES]->(o)
WHERE day IS NULL OR ((r.start IS NULL OR r.start <= day) AND (r.valid_until IS NULL OR r.valid_until >= day))
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.object AS object, r.object_type AS object_type,
       r.kind AS kind, r.beneficiary AS beneficiary, r.modality AS modality
ORDER BY subject, relation, claim_id
