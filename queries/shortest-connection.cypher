// @name shortest-connection
// @description The shortest chain linking two people through events, visits, shared titles and organisations (up to 8
// @description steps; articles and bylines do not count as links).
// @param from: string = 金政 -- one person's name
// @param to: string = 张新宇 -- the other person's name
// @store embedded
MATCH (a:Person {name: $from})
MATCH (b:Person {name: $to})
MATCH path = (a)-[:CHAIRED|LED|ATTENDED|VISITED|HOLDS|AT|HELD_BY* SHORTEST 1..8]-(b)
RETURN length(path) AS hops, nodes(path) AS path
// @store neo4j
MATCH (a:Person {name: $from})
MATCH (b:Person {name: $to})
MATCH path = shortestPath((a)-[:CHAIRED|LED|ATTENDED|VISITED|HOLDS|AT|HELD_BY*1..8]-(b))
RETURN length(path) AS hops, nodes(path) AS path
