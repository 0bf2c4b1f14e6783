import { tag } from './ingest/extract/jieba.ts';
console.log(JSON.stringify(tag(process.argv[2]!)));
