import { unnamedOfficials } from './graph/build/facts/context.ts';
for (const t of process.argv.slice(2)) console.log(t, unnamedOfficials(t));
