// @name visits
// @description Enterprises, organisations and places officials visited, with who, when and the sentence that says so.
// @param from: date = -- first day; empty for no lower bound
// @param to: enddate = -- last day; empty for no upper bound
// @param kind: string = -- Enterprise, Organization or Place; empty for all
// @store embedded
MATCH (p:Person)-[v:VISITED]->(x)
WHERE ($kind = '' OR label(x) = $kind)
  AND ($from = '' OR v.date >= $from) AND ($to = '' OR v.date <= $to) AND (($from = '' AND $to = '') OR v.date >= '0')
RETURN x.id AS visited_id, x.label AS visited, label(x) AS kind, p.id AS person_id, p.label AS person,
       v.date AS date, v.sentences AS evidence
ORDER BY visited, coalesce(date, ''), person
// @store neo4j
MATCH (p:Person)-[v:VISITED]->(x)
WHERE ($kind = '' OR $kind IN labels(x))
  AND ($from = '' OR v.date >= $from) AND ($to = '' OR v.date <= $to) AND (($from = '' AND $to = '') OR v.date >= '0')
RETURN x.id AS visited_id, x.label AS visited, labels(x)[0] AS kind, p.id AS person_id, p.label AS person,
       v.date AS date, v.sentences AS evidence
ORDER BY visited, coalesce(date, ''), person
