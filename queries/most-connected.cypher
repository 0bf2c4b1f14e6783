// @name most-connected
// @description The most connected officials of a period: how many events each took part in and how many different
// @description people they met there (their degree in the co-attendance network).
// @param from: date = -- first day; empty for no lower bound
// @param to: enddate = -- last day; empty for no upper bound
// @param limit: int = 20 -- how many people to list
MATCH (p:Person)-[:CHAIRED|LED|ATTENDED]->(e:Event)
WHERE ($from = '' OR e.date >= $from) AND ($to = '' OR e.date <= $to) AND (($from = '' AND $to = '') OR e.date >= '0')
OPTIONAL MATCH (e)<-[:CHAIRED|LED|ATTENDED]-(o:Person)
WHERE o <> p
WITH p, count(DISTINCT e) AS events, count(DISTINCT o) AS degree
RETURN p.id AS person_id, p.label AS person, degree, events
ORDER BY degree DESC, events DESC, person
LIMIT $limit
