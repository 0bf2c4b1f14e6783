// @name most-connected
// @description The most connected officials of a period: how many events each took part in and how many different
// @description people they met there (their degree in the co-attendance network).
// @param from: date = -- first day; empty for no lower bound
// @param to: enddate = -- last day; empty for no upper bound
// @param limit: int = 20 -- how many people to list
// The people of each event once, then every ordered pair (a, b) of them with the events they shared: a person's
// degree is the number of pairs it heads, less the pair with itself, whose count is its number of events. The bounds
// are read once (`lo`, `hi`), not per row, and pairs are counted on the engine's node ids, not on nodes: on the
// 100 MB bench graph 0.43–0.51 s → 0.18–0.19 s against matching (p)-->(e)<--(o) and counting distinct o per p
// (same rows). Neo4j counts on the nodes themselves (on the 40 MB bench graph ~0.3 s with elementId, ~0.2 s with nodes).
// @store embedded
WITH $from = '' AND $to = '' AS everything, CASE WHEN $from = '' THEN '0' ELSE $from END AS lo, $to AS hi
MATCH (e:Event)<-[:CHAIRED|LED|ATTENDED|ADDRESSED]-(p:Person)
WHERE everything OR (e.date >= lo AND (hi = '' OR e.date <= hi))
WITH e, collect(DISTINCT ID(p)) AS people
UNWIND people AS a
UNWIND people AS b
WITH a, b, count(*) AS shared
WITH a, count(*) - 1 AS degree, sum(CASE WHEN a = b THEN shared ELSE 0 END) AS events
MATCH (p:Person) WHERE ID(p) = a
RETURN p.id AS person_id, p.label AS person, degree, events
ORDER BY degree DESC, events DESC, person, person_id
LIMIT $limit
// @store neo4j
WITH $from = '' AND $to = '' AS everything, CASE WHEN $from = '' THEN '0' ELSE $from END AS lo, $to AS hi
MATCH (e:Event)<-[:CHAIRED|LED|ATTENDED|ADDRESSED]-(p:Person)
WHERE everything OR (e.date >= lo AND (hi = '' OR e.date <= hi))
WITH e, collect(DISTINCT p) AS people
UNWIND people AS a
UNWIND people AS b
WITH a, b, count(*) AS shared
WITH a, count(*) - 1 AS degree, sum(CASE WHEN a = b THEN shared ELSE 0 END) AS events
RETURN a.id AS person_id, a.label AS person, degree, events
ORDER BY degree DESC, events DESC, person, person_id
LIMIT $limit
