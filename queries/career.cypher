// @name career
// @description The titles a person held, each with the first and last date it is attested and how often, in order.
// @param name: string = 金政 -- the person's name as printed
MATCH (p:Person {name: $name})-[h:HOLDS]->(t:Title)
RETURN p.id AS person_id, p.label AS person, t.id AS title_id, t.label AS title,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.mentions AS mentions, h.articles AS articles
ORDER BY coalesce(h.firstSeen, '9999'), coalesce(h.lastSeen, '9999'), title, person_id
