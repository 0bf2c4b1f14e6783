import { extract } from './ingest/extract/index.ts';
import { graphMentions } from './graph/build/index.ts';
import { sentenceContext } from './graph/build/facts/context.ts';
import { sentences } from './graph/build/sentences.ts';
import { textArticle } from './tests/helpers.ts';
const text = process.argv[2]!;
const ms = graphMentions(extract(text).output);
for (const s of sentences(text)) {
  const c = sentenceContext(text, s, ms);
  console.log(c.predicates.map((p) => `${p.word}@${p.start}`), c.groups.map((g) => `${g.persons.map((p) => p.text)}[${g.start},${g.end}]`), c.speechFrom);
}
