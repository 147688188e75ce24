// timeline — claims in time order (undated first), optionally those one actor makes and/or of one kind.
// A claim's date is its start: valid_from, else first_seen.
//
// Parameters (null = no filter):
// :param actor => 'FRA'
// :param kind => 'troops'
//
// Returns: claim_id, subject, relation, object, kind, beneficiary, modality, rank, date
// Order: date (undated first), claim_id
MATCH (s:Actor)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->()
WHERE ($actor IS NULL OR s.id = $actor) AND ($kind IS NULL OR r.kind = $kind)
RETURN r.id AS claim_id, s.id AS subject, type(r) AS relation, r.object AS object, r.kind AS kind,
       r.beneficiary AS beneficiary, r.modality AS modality, r.rank AS rank, r.start AS date
ORDER BY date IS NOT NULL, date, claim_id
