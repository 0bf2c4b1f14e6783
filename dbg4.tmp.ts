import { nameAt } from './ingest/extract/persons.ts';
const t = process.argv[2]!; const i = Number(process.argv[3]);
console.log(nameAt(t, i), nameAt(t, i, 'verb'));
