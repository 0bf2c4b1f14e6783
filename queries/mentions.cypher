// @name mentions
// @description The articles that name a person, body, enterprise or place (with or without a role), newest first, and
// @description the people those articles name too: who is around it.
// @param name: string = 步阳集团 -- the name as printed (an enterprise's short form finds it too)
// The people's list is sorted so both stores return the same: the embedded engine sorts it (list_sort, NULL for an
// article naming nobody, hence the coalesce); Neo4j collects rows already ordered.
// @store embedded
MATCH (x)-[m:MENTIONED_IN]->(a:Article)
WHERE x.label = $name OR x.name = $name OR list_contains(coalesce(x.aliases, []), $name)
OPTIONAL MATCH (p:Person)-[:MENTIONED_IN]->(a)
WHERE p <> x
RETURN x.id AS id, x.label AS label, a.id AS article_id, a.headline AS headline, a.issueDate AS issueDate,
       m.mentions AS sentences, coalesce(list_sort(collect(DISTINCT p.label)), []) AS people
ORDER BY coalesce(issueDate, '') DESC, article_id, id
// @store neo4j
MATCH (x)-[m:MENTIONED_IN]->(a:Article)
WHERE x.label = $name OR x.name = $name OR $name IN coalesce(x.aliases, [])
OPTIONAL MATCH (p:Person)-[:MENTIONED_IN]->(a)
WHERE p <> x
WITH x, m, a, p
ORDER BY p.label
RETURN x.id AS id, x.label AS label, a.id AS article_id, a.headline AS headline, a.issueDate AS issueDate,
       m.mentions AS sentences, collect(DISTINCT p.label) AS people
ORDER BY coalesce(issueDate, '') DESC, article_id, id
