// @name meetings
// @description Who met whom (会见, 会谈, 集体会见, 通电话…) in a period: host, guest, the verb, the day and the sentence.
// @description Name a person to see only the meetings they hosted or were received at.
// @param name: string = -- a host or a guest; empty for everyone
// @param from: date = -- first day (YYYY, YYYY-MM or YYYY-MM-DD); empty for no lower bound
// @param to: enddate = -- last day; empty for no upper bound
MATCH (h:Person)-[m:MET]->(g:Person)
WHERE ($name = '' OR h.name = $name OR g.name = $name)
  AND ($from = '' OR m.date >= $from) AND ($to = '' OR m.date <= $to) AND (($from = '' AND $to = '') OR m.date >= '0')
RETURN m.date AS date, h.id AS host_id, h.label AS host, g.id AS guest_id, g.label AS guest, m.role AS role,
       m.mentions AS mentions, m.sentences AS evidence
ORDER BY coalesce(date, ''), host, guest, host_id, guest_id
