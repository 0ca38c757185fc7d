// One line that moves whenever the store's content does: read by processes that keep state or
// answers between requests, to tell when another process has written. Counts come from Neo4j's
// count store, the latest ingest time from its index; the curation sequence and undone count
// move on renames and undos, which change no count. A few milliseconds at any store size.
export const STORE_FINGERPRINT = `
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { OPTIONAL MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL
       WITH a ORDER BY a.ingestedAt DESC LIMIT 1 RETURN toString(a.ingestedAt) AS last }
CALL { MATCH (c:Curation) RETURN max(c.seq) AS seq, count(c.undoneAt) AS undone }
RETURN rels, nodes, last, seq, undone`;
