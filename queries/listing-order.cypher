// @name listing-order
// @description The order officials are listed in at events (1 = named first), event by event in date order: how
// @description protocol rank moves over time. Name a person to follow one official, or leave it empty for everyone.
// @param name: string = -- one person's name; empty for all
MATCH (p:Person)-[r:ATTENDED]->(e:Event)
WHERE r.rank IS NOT NULL AND ($name = '' OR p.name = $name)
RETURN e.date AS date, e.id AS event_id, e.label AS event, r.rank AS rank, p.id AS person_id, p.label AS person, r.role AS role
ORDER BY coalesce(date, ''), event_id, rank, person_id
