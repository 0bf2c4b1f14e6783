// Each input form on real files: 新闻联播 transcripts as published and re-laid out (### and 【】 headlines, plain
// headline lines), one article per file, JSON Lines and CSV made of the same items; auto picks per file and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPage, type Article } from '../ingest/index.ts';
import type { FormChoice } from '../ingest/forms/index.ts';
import { toFullWidth } from '../ingest/text/fullwidth.ts';
import { assertOffsetsMapBack, kgIn, SEEDS, SEED_FILES } from './helpers.ts';
import {
  addVerdicts,
  judge,
  layoutItems,
  NO_VERDICT,
  XINWEN,
  XINWEN_SKIP,
  xinwenDays,
  type Item,
  type Verdict,
} from './xinwen.ts';

const skip = XINWEN_SKIP;
const read = (file: string, raw: string, form: FormChoice = 'auto') =>
  ingestPage({ file, bytes: new TextEncoder().encode(raw) }, { form });
const day = (f: string) => readFileSync(join(XINWEN, f), 'utf8');
/** A fixed spread of days: every 16th of the 642. */
const sample = () => xinwenDays().filter((_, i) => i % 16 === 0);

test(
  'articles: every day of the transcripts as published: ≥ 98 % of items one article with its headline, none crossing',
  { skip },
  () => {
    let v: Verdict = NO_VERDICT;
    for (const f of xinwenDays()) {
      const r = read(f, day(f));
      assert.equal(r.form, 'articles', f);
      v = addVerdicts(v, judge(layoutItems(day(f)), r.output));
    }
    assert.equal(v.crossing.length, 0, v.crossing.map((a) => a.id).join(', '));
    assert.ok(v.ok / v.total >= 0.98, `${v.ok} of ${v.total}: ${JSON.stringify(v.wrong.slice(0, 5))}`);
  },
);

/** A day's items printed in another layout: each item's span in the new text, and the text. */
function relaid(raw: string, layout: (it: Item) => string, sep: string): { text: string; items: Item[] } {
  let text = '';
  const items: Item[] = [];
  for (const it of layoutItems(raw)) {
    if (text) text += sep;
    const body = layout(it);
    items.push({ ...it, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text: text + '\n', items };
}

const LAYOUTS: [string, (it: Item) => string, string][] = [
  ['### headlines, blank lines between paragraphs', (it) => `### ${it.headline}\n\n${it.body.join('\n\n')}`, '\n\n'],
  ['【】 headlines, no blank lines', (it) => `【${it.headline}】\n${it.body.join('\n')}`, '\n'],
];

for (const [name, layout, sep] of LAYOUTS) {
  test(`articles: the same items with ${name}: ≥ 98 % one article with its headline`, { skip }, () => {
    let v: Verdict = NO_VERDICT;
    for (const f of sample()) {
      const { text, items } = relaid(day(f), layout, sep);
      v = addVerdicts(v, judge(items, read(f, text).output));
    }
    assert.equal(v.crossing.length, 0);
    assert.ok(v.ok / v.total >= 0.98, `${v.ok} of ${v.total}: ${JSON.stringify(v.wrong.slice(0, 5))}`);
  });
}

test(
  'articles: headlines only as short lines, no blank lines: ≥ 95 % of items open with their headline, ≤ 1 % crossing',
  { skip },
  () => {
    let total = 0;
    let ok = 0;
    let crossing = 0;
    let articleCount = 0;
    for (const f of sample()) {
      const { text, items } = relaid(day(f), (it) => `${it.headline}\n${it.body.join('\n')}`, '\n');
      const articles = read(f, text).output;
      // A headline right after a list line that ends no sentence (`10. …`) cannot be told from the list here.
      crossing += judge(items, articles).crossing.length;
      articleCount += articles.length;
      for (const it of items) {
        // Nothing but short lines tells items apart here, so a story's own sub-stories may stand apart too.
        const inside = articles.filter((a) => a.rawStart >= it.start && a.rawEnd <= it.end);
        total++;
        if (
          inside[0]?.headline === it.headline &&
          inside.every((a) => a.headline === it.headline || it.body.includes(a.headline))
        )
          ok++;
      }
    }
    assert.ok(ok / total >= 0.95, `${ok} of ${total}`);
    assert.ok(crossing <= articleCount * 0.01, `${crossing} of ${articleCount} articles cross an item`);
  },
);

test('article: one item per file is one article, its first line the headline', { skip }, () => {
  const items = layoutItems(day(xinwenDays()[0]!)).filter((it) => !it.bulletin);
  for (const it of items) {
    const r = read('one.txt', `${it.headline}\n${it.body.join('\n')}\n`, 'article');
    assert.deepEqual(
      r.output.map((a) => a.headline),
      [it.headline],
    );
    assert.ok(it.body.slice(1).every((line) => r.output[0]!.text.includes(line)));
  }
});

/** A sample day's items as scraper records, each with its issue date. */
function records(): { id: string; headline: string; text: string; date: string }[] {
  return sample().flatMap((f) => {
    const date = `${f.slice(0, 4)}-${f.slice(4, 6)}-${f.slice(6, 8)}`;
    return layoutItems(day(f)).map((it, k) => ({
      id: `${f.slice(0, 8)}-${k + 1}`,
      headline: it.headline,
      text: it.body.join('\n'),
      date,
    }));
  });
}

function assertRecordArticles(articles: Article[], recs: ReturnType<typeof records>, stem: string): void {
  assert.equal(articles.length, recs.length);
  recs.forEach((rec, k) => {
    const a = articles[k]!;
    assert.deepEqual([a.id, a.headline, a.issue?.issueDate], [`${stem}:${rec.id}`, rec.headline, rec.date]);
    // (Half-width marks among Chinese words are read full-width: `ingest/text/fullwidth.ts`.)
    assert.ok((toFullWidth(rec.text)?.text ?? rec.text).endsWith(a.text.split('\n').at(-1)!), a.id);
  });
}

test(
  'jsonl: records become articles with their ids, headlines, texts and own issue dates; escaped text too',
  { skip },
  () => {
    const recs = records();
    const plain = recs.map((r) => JSON.stringify(r)).join('\n');
    const escaped = recs
      .map((r) =>
        JSON.stringify(r).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      )
      .join('\n');
    for (const raw of [plain, escaped]) {
      const r = read('feed.jsonl', raw);
      assert.equal(r.form, 'jsonl');
      assertRecordArticles(r.output, recs, 'feed');
      // Dated by the record's own issue: 李强…主持 in a record of 2024-01-05 needs no manifest.
      assert.ok(r.output.every((a) => a.dates.every((d) => d.precision !== 'month-day')));
    }
  },
);

test('csv: the same records as CSV rows, quoted cells holding commas, quotes and line breaks', { skip }, () => {
  const recs = records();
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const raw = [
    'id,headline,text,date',
    ...recs.map((r) => [r.id, cell(r.headline), cell(r.text), r.date].join(',')),
  ].join('\r\n');
  const r = read('feed.csv', raw);
  assert.equal(r.form, 'csv');
  assertRecordArticles(r.output, recs, 'feed');
  for (const a of r.output) assertOffsetsMapBack(raw, a);
});

test(
  'auto: a folder of mixed forms is read file by file and the summary says which; --format forces one',
  { skip },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-forms-'));
    try {
      const recs = records().slice(0, 5);
      writeFileSync(join(dir, 'day.txt'), day(xinwenDays()[0]!));
      writeFileSync(join(dir, 'page.txt'), readFileSync(join(SEEDS, SEED_FILES[0]!)));
      writeFileSync(join(dir, 'feed.jsonl'), recs.map((r) => JSON.stringify(r)).join('\n'));
      writeFileSync(
        join(dir, 'feed.csv'),
        ['id,headline,text', ...recs.map((r) => `${r.id},${r.headline},"${r.text}"`)].join('\n'),
      );
      writeFileSync(
        join(dir, 'odd.txt'),
        '第一行很长的文字没有任何标点符号也不是句子的结尾而且还要更长一些\n第二行同样很长的文字没有任何标点符号也不结束句子而且还要更长\n',
      );
      const kg = kgIn(dir);
      const r = kg('ingest', '.', '--verbose');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /read as 1 articles, 1 csv, 1 jsonl, 2 pages/);
      assert.match(r.stderr, /day\.txt: read as articles \(paragraph lines/);
      assert.match(r.stderr, /page\.txt: read as pages \(short lines broken mid-sentence/);
      assert.match(r.stderr, /warning: odd\.txt: form not told .*read as pages/);
      const forced = kg('ingest', 'day.txt', '--format', 'article');
      assert.match(forced.stdout, /read as 1 article; 1 blocks/);
      assert.equal(kg('ingest', 'day.txt', '--format', 'pdf').status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('jsonl: a record in traditional characters among simplified ones is read in simplified ones, and said so', () => {
  // (Twenty simplified records: too few traditional characters in the whole file to read all of it otherwise.)
  const simplified = Array.from({ length: 20 }, (_, k) => ({
    id: `a${k}`,
    headline: '市长出席会议',
    text: '市长张伟出席全市工作会议并讲话，要求各地各部门扎实推进各项工作。副市长李明主持会议。'.repeat(2),
    date: '2023-08-21',
  }));
  const recs = [
    ...simplified,
    {
      id: 'b',
      headline: '省市縣三級政協聯合開展專項民主監督',
      text: '8月17日下午，省市縣三級政協聯合在我市開展以水環境質量為主題的專項民主監督。岳陽市政協副主席劉鐵健，' +
        '我市政協主席彭海雲，市人民政府副市長姚鐵軍及相關部門單位負責人參加。',
      date: '2023-08-21',
    },
  ];
  const r = read('feed.jsonl', recs.map((x) => JSON.stringify(x)).join('\n'));
  const b = r.output.find((a) => a.id === 'feed:b')!;
  assert.match(b.text, /岳阳市政协副主席刘铁健/);
  assert.match(b.headline, /省市县三级政协/);
  assert.equal(r.output.find((a) => a.id === 'feed:a0')!.text, simplified[0]!.text);
  assert.ok(!r.messages.some((m) => m.code === 'decode.script'));
  assert.ok(r.messages.some((m) => m.code === 'records.script' && m.text.includes('1 record printed')));
});

test('jsonl: minutes with names padded to align and run over lines are read as one list', () => {
  const text = '9月29日，管委会主任陈立新主持召开专题会议，研究项目相关工作。\n会议还研究了其他事项。\n' +
    '出 席：王海涛、刘春梅、赵 明、孙立国、吴 斌\n李晓东、周文华';
  const r = read('minutes.jsonl', JSON.stringify({ id: 'm', headline: '专题会议', text, date: '2020-09-29' }));
  const a = r.output[0]!;
  assert.match(a.text, /出席：王海涛、刘春梅、赵明、孙立国、吴斌、李晓东、周文华$/);
  // Every character but the list mark joining the lines still points at its raw offset.
  const raw = JSON.stringify({ id: 'm', headline: '专题会议', text, date: '2020-09-29' });
  const at = a.text.indexOf('赵明');
  const run = a.offsets.find(([ts, , len]) => at >= ts && at < ts + len)!;
  assert.equal(raw[run[1] + at - run[0]], '赵');
});
