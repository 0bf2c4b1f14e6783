// scratch: scoreRoles over every gold set
import { readFileSync, readdirSync } from 'node:fs';
import { scoreRoles } from './graph/build/eval/roles.ts';
const dir = 'tests/fixtures/gold';
const items = readdirSync(dir).filter((f) => f.startsWith('xinwen-items')).flatMap(
  (f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).items);
const s = scoreRoles(items, '../shared/data/xinwen_lianbo_dev');
console.log(`items ${s.items} gold ${s.gold} found ${s.found} dated ${s.dated} wrong ${s.wrong.length}`);
for (const w of s.wrong) console.log('WRONG', JSON.stringify(w));
for (const m of s.missed) console.log('MISSED', JSON.stringify(m));
