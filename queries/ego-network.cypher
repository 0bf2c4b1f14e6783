// @name ego-network
// @description Everything within two steps of a person through events, visits, titles and organisations: the people,
// @description events, titles and places around them (export it to see the network).
// @param name: string = 金政 -- the person's name as printed
MATCH (p:Person {name: $name})-[:CHAIRED|LED|ATTENDED|VISITED|HOLDS|AT|HELD_BY*1..2]-(n)
WHERE n <> p
RETURN DISTINCT n AS node, n.id AS id
ORDER BY id
