// @name ego-network
// @description Everything within two steps of a person through events, visits, titles and organisations: the people,
// @description events, titles and places around them (export it to see the network).
// @param name: string = 金政 -- the person's name as printed
// Rows carry each node's id, kind and label, not the node: the subgraph has the rest. On the 100 MB bench graph
// (27,177 rows) whole nodes took 0.77 s, these three columns 0.23 s.
// @store embedded
MATCH (p:Person {name: $name})-[:CHAIRED|LED|ATTENDED|ADDRESSED|MET|VISITED|HOLDS|AT|HELD_BY*1..2]-(n)
WHERE n <> p
RETURN DISTINCT n.id AS id, label(n) AS kind, n.label AS label
ORDER BY id
// @store neo4j
MATCH (p:Person {name: $name})-[:CHAIRED|LED|ATTENDED|ADDRESSED|MET|VISITED|HOLDS|AT|HELD_BY*1..2]-(n)
WHERE n <> p
RETURN DISTINCT n.id AS id, labels(n)[0] AS kind, n.label AS label
ORDER BY id
