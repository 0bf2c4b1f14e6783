// @name shortest-connection
// @description The shortest chain linking two people through events, visits, shared titles and organisations (up to 8
// @description steps; articles and bylines do not count as links). Of several equally short chains, the first by its
// @description nodes' ids, so both stores return the same one.
// @param from: string = 金政 -- one person's name
// @param to: string = 张新宇 -- the other person's name
// Every shortest path, then the first by its ids joined with spaces: the two engines pick different ones of equally
// short paths (seen on the 10 MB bench graph), and neither can order by a list, so both order by the joined ids.
// The same person at both ends is no connection (Neo4j's shortestPath refuses it).
// @store embedded
MATCH (a:Person {name: $from})
MATCH (b:Person {name: $to})
WHERE b <> a
MATCH path = (a)-[:CHAIRED|LED|ATTENDED|ADDRESSED|MET|VISITED|HOLDS|AT|HELD_BY* ALL SHORTEST 1..8]-(b)
RETURN length(path) AS hops, nodes(path) AS path
ORDER BY hops, list_reduce(list_transform(nodes(path), n -> n.id), (x, y) -> x + ' ' + y)
LIMIT 1
// @store neo4j
MATCH (a:Person {name: $from})
MATCH (b:Person {name: $to})
WHERE b <> a
MATCH path = allShortestPaths((a)-[:CHAIRED|LED|ATTENDED|ADDRESSED|MET|VISITED|HOLDS|AT|HELD_BY*1..8]-(b))
WITH path, [n IN nodes(path) | n.id] AS ids
RETURN length(path) AS hops, nodes(path) AS path
ORDER BY hops, reduce(key = head(ids), id IN tail(ids) | key + ' ' + id)
LIMIT 1
