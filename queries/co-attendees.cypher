// @name co-attendees
// @description People who took part (chaired, led, attended, addressed) in the same events as a person, with the
// @description number shared.
// @param name: string = 朱志杰 -- the person's name as printed
// The events as ids, not as nodes: 160 → 73 ms on the 100 MB bench graph (the subgraph still has the events). Their
// list is sorted, so both stores return the same: the embedded engine sorts it (list_sort); Neo4j collects rows
// already ordered (it has no list sort).
// @store embedded
MATCH (p:Person {name: $name})-[:CHAIRED|LED|ATTENDED|ADDRESSED]->(e:Event)<-[:CHAIRED|LED|ATTENDED|ADDRESSED]-(o:Person)
WHERE o <> p
RETURN o.id AS person_id, o.label AS person, count(DISTINCT e) AS sharedEvents,
       list_sort(collect(DISTINCT e.id)) AS events, p.id AS with_id
ORDER BY sharedEvents DESC, person, person_id
// @store neo4j
MATCH (p:Person {name: $name})-[:CHAIRED|LED|ATTENDED|ADDRESSED]->(e:Event)<-[:CHAIRED|LED|ATTENDED|ADDRESSED]-(o:Person)
WHERE o <> p
WITH DISTINCT p, o, e.id AS event
ORDER BY event
RETURN o.id AS person_id, o.label AS person, count(event) AS sharedEvents, collect(event) AS events, p.id AS with_id
ORDER BY sharedEvents DESC, person, person_id
