// coordination_network — COORDINATES claims (meets, negotiates, consults), optionally around one actor
// (as either side), as of a date.
//
// A claim is in force on $as_of if its start (valid_from, else first_seen) is null or <= as_of and its
// valid_until is null or >= as_of.
//
// Parameters (null = no filter; an empty $actor also means no filter):
// :param actor => 'USA'
// :param as_of => '2025-03-01'
//
// Returns: claim_id, subject, partner (the claim's object), modality, topic (a commitment id or null),
//          valid_from (the claim's start)
// Order: subject, partner, claim_id
WITH CASE WHEN $as_of IS NULL THEN null ELSE date($as_of) END AS day
MATCH (s:Actor)-[r:COORDINATES]->(o)
WHERE ($actor IS NULL OR $actor = '' OR s.id = $actor OR (r.object_type = 'actor' AND o.id = $actor))
  AND (day IS NULL OR ((r.start IS NULL OR r.start <= day) AND (r.valid_until IS NULL OR r.valid_until >= day)))
RETURN r.id AS claim_id, s.id AS subject, r.object AS partner, r.modality AS modality, r.topic AS topic,
       r.start AS valid_from
ORDER BY subject, partner, claim_id
