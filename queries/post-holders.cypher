// @name post-holders
// @description Who held a post over time (市委书记, 副市长…), with the spell each holder is attested in.
// @param post: string = 市委书记 -- the post without its jurisdiction, as kg normalises it (市委书记, 市长, 副市长)
// @param jurisdiction: string = -- limit to one jurisdiction (永康市, 金华市); empty for all
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE t.post = $post AND ($jurisdiction = '' OR t.jurisdiction = $jurisdiction)
RETURN t.id AS title_id, t.label AS title, p.id AS person_id, p.label AS person,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.mentions AS mentions
ORDER BY coalesce(h.firstSeen, '9999'), coalesce(h.lastSeen, '9999'), person
