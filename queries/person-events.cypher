// @name person-events
// @description The events a person chaired, led, attended or addressed in a date range, in date order, with the verb
// @description as printed.
// @description With no bounds every event is listed, undated ones too; with a bound only events whose year is known.
// @param name: string = 金政 -- the person's name as printed
// @param from: date = -- first day (YYYY, YYYY-MM or YYYY-MM-DD); empty for no lower bound
// @param to: enddate = -- last day (2023 means to 2023-12-31); empty for no upper bound
// @store embedded
MATCH (p:Person {name: $name})-[r:CHAIRED|LED|ATTENDED|ADDRESSED]->(e:Event)
WHERE ($from = '' OR e.date >= $from) AND ($to = '' OR e.date <= $to) AND (($from = '' AND $to = '') OR e.date >= '0')
RETURN e.date AS date, e.datePrecision AS precision, label(r) AS relation, r.role AS role, r.rank AS rank,
       e.id AS event_id, e.label AS event, e.eventKind AS kind, r.sentences AS evidence, p.id AS person_id
ORDER BY coalesce(e.date, ''), event_id, relation
// @store neo4j
MATCH (p:Person {name: $name})-[r:CHAIRED|LED|ATTENDED|ADDRESSED]->(e:Event)
WHERE ($from = '' OR e.date >= $from) AND ($to = '' OR e.date <= $to) AND (($from = '' AND $to = '') OR e.date >= '0')
RETURN e.date AS date, e.datePrecision AS precision, type(r) AS relation, r.role AS role, r.rank AS rank,
       e.id AS event_id, e.label AS event, e.eventKind AS kind, r.sentences AS evidence, p.id AS person_id
ORDER BY coalesce(e.date, ''), event_id, relation
