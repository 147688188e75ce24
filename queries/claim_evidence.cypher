// claim_evidence — the statements behind one claim, with their sources: oldest source first, undated last.
//
// Parameters:
// :param claim => 'cl_0123456789abcdef0123'
//
// Returns: statement_id, quote, start, end, language, source_id, title, url, publisher, published_at
// Order: published_at (nulls last), statement_id
CALL {
  MATCH ()-[r:PLEDGES {id: $claim}]->() USING INDEX SEEK r:PLEDGES(id) RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS {id: $claim}]->() USING INDEX SEEK r:SUPPORTS(id) RETURN r
  UNION ALL
  MATCH ()-[r:OPPOSES {id: $claim}]->() USING INDEX SEEK r:OPPOSES(id) RETURN r
  UNION ALL
  MATCH ()-[r:DECLINES {id: $claim}]->() USING INDEX SEEK r:DECLINES(id) RETURN r
  UNION ALL
  MATCH ()-[r:COORDINATES {id: $claim}]->() USING INDEX SEEK r:COORDINATES(id) RETURN r
}
UNWIND r.evidence AS statement_id
WITH DISTINCT statement_id
MATCH (st:Statement {id: statement_id}) USING INDEX SEEK st:Statement(id)
MATCH (st)-[:FROM]->(src:Source)
RETURN st.id AS statement_id, st.text AS quote, st.start AS start, st.end AS end, st.language AS language,
       src.id AS source_id, src.title AS title, src.url AS url, src.publisher AS publisher,
       src.published_at AS published_at
ORDER BY published_at IS NULL, published_at, statement_id
