import { extract } from './ingest/extract/index.ts';
const [t, m] = process.argv.slice(2);
console.log(extract(t!, m ? {} : { model: false }).output.map((x) => `${x.kind} ${x.text} ${x.start} ${x.rule}`).join('\n'));
