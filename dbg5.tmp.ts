import { nameLists } from './ingest/extract/persons.ts';
const t = process.argv[2]!;
console.log(nameLists(t).map((s) => t.slice(s.start, s.end)));
