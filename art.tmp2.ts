import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestPage } from './ingest/index.ts';
const r = ingestPage({ file: basename(process.argv[2]!), bytes: readFileSync(process.argv[2]!) }, {});
const a = r.output.find((x) => x.id.endsWith(':' + process.argv[3]))!;
const i = a.text.indexOf(process.argv[4]!);
console.log(JSON.stringify(a.text.slice(Math.max(0, i - 100), i + 500)));
