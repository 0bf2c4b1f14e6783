// @name outside-visits
// @description Events led, chaired or attended by officials holding titles outside the paper's jurisdiction (a
// @description Jinhua vice-mayor, a provincial leader; not the paper's own towns), with their titles and the places the
// @description events were at.
// @param home: string = 永康市 -- the paper's own jurisdiction
// Towns, townships, streets and villages are the paper's own (as in resolution: graph/build/resolve.ts), not outside.
// Titles and places are listed in sorted order, the same on both stores: the embedded engine sorts the lists
// (list_sort; it gives NULL for an event at no place, hence the coalesce); Neo4j collects rows already ordered (it has
// no list sort).
// @store embedded
MATCH (p:Person)-[:HOLDS]->(t:Title)
WHERE t.jurisdiction IS NOT NULL AND t.jurisdiction <> $home AND NOT t.jurisdiction =~ '.*(镇|乡|街道|村|社区)'
WITH p, list_sort(collect(DISTINCT t.label)) AS titles
MATCH (p)-[r:CHAIRED|LED|ATTENDED]->(e:Event)
OPTIONAL MATCH (e)-[:AT]->(x)
WITH p, titles, r, e, coalesce(list_sort(collect(DISTINCT x.label)), []) AS places
RETURN p.id AS person_id, p.label AS person, titles, r.role AS role, e.id AS event_id, e.label AS event,
       e.date AS date, places
ORDER BY coalesce(date, ''), person, event_id
// @store neo4j
MATCH (p:Person)-[:HOLDS]->(t:Title)
WHERE t.jurisdiction IS NOT NULL AND t.jurisdiction <> $home AND NOT t.jurisdiction =~ '.*(镇|乡|街道|村|社区)'
WITH DISTINCT p, t.label AS title
ORDER BY title
WITH p, collect(title) AS titles
MATCH (p)-[r:CHAIRED|LED|ATTENDED]->(e:Event)
OPTIONAL MATCH (e)-[:AT]->(x)
WITH DISTINCT p, titles, r, e, x.label AS place
ORDER BY place
WITH p, titles, r, e, collect(place) AS places
RETURN p.id AS person_id, p.label AS person, titles, r.role AS role, e.id AS event_id, e.label AS event,
       e.date AS date, places
ORDER BY coalesce(date, ''), person, event_id
