// unnamed_groups — claims made by Group actors (unnamed or aggregate: "more than ten nations",
// "European leaders"), with the group's count qualifier.
//
// Parameters: none.
//
// Returns: group, name, min_count, claim_id, relation, kind, modality
// Order: group, claim_id
MATCH (g:Group)-[r:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->()
RETURN g.id AS group, g.name AS name, g.min_count AS min_count, r.id AS claim_id, type(r) AS relation,
       r.kind AS kind, r.modality AS modality
ORDER BY group, claim_id
