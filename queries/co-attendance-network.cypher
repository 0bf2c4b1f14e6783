// @name co-attendance-network
// @description The co-attendance network of a period: one edge per pair of people at the same events, weighted by
// @description how many they shared. Export it with `kg export --query co-attendance-network --format gexf`.
// @param from: date = -- first day; empty for no lower bound (then undated events count too, if `to` is empty)
// @param to: enddate = -- last day; empty for no upper bound
// @param minWeight: int = 1 -- keep pairs that shared at least this many events
// @edge CO_ATTENDED
// One row per event with its people, then the pairs: the engine plans the two-hop pattern
// (a)-->(e)<--(b) as a join that took 6 s on a 21k-node graph; this form took 0.18 s with the same rows.
MATCH (p:Person)-[:CHAIRED|LED|ATTENDED]->(e:Event)
WHERE ($from = '' OR e.date >= $from) AND ($to = '' OR e.date <= $to) AND (($from = '' AND $to = '') OR e.date >= '0')
WITH e, collect(DISTINCT p) AS people
UNWIND people AS a
UNWIND people AS b
WITH a, b, e
WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS weight
WHERE weight >= $minWeight
RETURN a.id AS source, b.id AS target, a.label AS personA, b.label AS personB, weight
ORDER BY weight DESC, personA, personB
