// @name foreign-contacts
// @description A person's guests from abroad, by country: every foreign title each guest is printed with, the
// @description meeting's verb and day. A title's jurisdiction is foreign when it is no Chinese level (省, 市, 县…) nor 中国.
// @param name: string = 习近平 -- the host's name as printed
// @param from: date = -- first day; empty for no lower bound
// @param to: enddate = -- last day; empty for no upper bound
MATCH (h:Person {name: $name})-[m:MET]->(g:Person)-[:HOLDS]->(t:Title)
WHERE t.jurisdiction IS NOT NULL AND t.jurisdiction <> '中国'
  AND NOT (t.jurisdiction ENDS WITH '省' OR t.jurisdiction ENDS WITH '市' OR t.jurisdiction ENDS WITH '县'
       OR t.jurisdiction ENDS WITH '区' OR t.jurisdiction ENDS WITH '州' OR t.jurisdiction ENDS WITH '镇'
       OR t.jurisdiction ENDS WITH '乡' OR t.jurisdiction ENDS WITH '村' OR t.jurisdiction ENDS WITH '旗'
       OR t.jurisdiction ENDS WITH '盟' OR t.jurisdiction ENDS WITH '街道')
  AND ($from = '' OR m.date >= $from) AND ($to = '' OR m.date <= $to) AND (($from = '' AND $to = '') OR m.date >= '0')
RETURN t.jurisdiction AS country, g.id AS guest_id, g.label AS guest, t.label AS title, m.role AS role,
       m.date AS date, m.mentions AS mentions, h.id AS host_id
ORDER BY country, guest, guest_id, title
