// graph_as_of — every claim in force on a date.
//
// A claim is in force on $as_of if its start (valid_from, else first_seen) is null or <= as_of and its
// valid_until is null or >= as_of.
//
// Parameters:
// :param as_of => '2025-03-01'
//
// Returns: claim_id, subject, relation, object, kind, modality
// Order: claim_id
WITH date($as_of) AS day
MATCH (s:Actor)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->()
WHERE (r.start IS NULL OR r.start <= day) AND (r.valid_until IS NULL OR r.valid_until >= day)
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.object AS object, r.kind AS kind,
       r.modality AS modality
ORDER BY claim_id
