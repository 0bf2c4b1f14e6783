// Role edges on 3,153 hand-annotated 新闻联播 items: who chaired, led, attended, addressed and met whom, on which day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolesTable, scoreRoles, type GoldItem } from '../graph/build/eval/roles.ts';
import { ROOT } from './helpers.ts';
import { XINWEN, XINWEN_SKIP } from './xinwen.ts';

type Gold = { items: GoldItem[] };

/**
 * Each set of annotated items with the least it must show (all but the first were annotated before kg ran); files
 * joined by + are scored as one set.
 */
const SETS: [file: string, recall: number, dated: number][] = [
  ['tests/fixtures/gold/xinwen-items.json', 0.9, 0.9],
  ['tests/fixtures/gold/xinwen-items-fresh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-tenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eleventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twelfth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fourteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fifteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventeenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-nineteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twentieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-twenty-eighth.json', 0.85, 0.8],
  // Under 20 gold edges each (mostly plans, letters and reaction pieces): scored together.
  ['tests/fixtures/gold/xinwen-items-twenty-ninth.json+tests/fixtures/gold/xinwen-items-thirtieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirty-second.json', 0.85, 0.8],
  // The thirty-fourth drew from the last 112 days: 15 items, 11 gold edges.
  ['tests/fixtures/gold/xinwen-items-thirty-third.json+tests/fixtures/gold/xinwen-items-thirty-fourth.json', 0.85, 0.8],
  // The last 32 days, items that name a role anywhere (not only in the headline): 40 items, 27 gold edges.
  ['tests/fixtures/gold/xinwen-items-thirty-fifth.json+tests/fixtures/gold/xinwen-items-thirty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-thirty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fortieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-first.json', 0.85, 0.8],
  // The forty-third holds 10 gold edges: scored with the forty-second.
  ['tests/fixtures/gold/xinwen-items-forty-second.json+tests/fixtures/gold/xinwen-items-forty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-forty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fiftieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fifty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fifty-second.json', 0.85, 0.8],
  // The fifty-fourth, mostly features and roundups, holds 18 gold edges: scored with the fifty-third.
  ['tests/fixtures/gold/xinwen-items-fifty-third.json+tests/fixtures/gold/xinwen-items-fifty-fourth.json', 0.85, 0.8],
  // The fifty-sixth holds 19 gold edges: scored with the fifty-fifth.
  ['tests/fixtures/gold/xinwen-items-fifty-fifth.json+tests/fixtures/gold/xinwen-items-fifty-sixth.json', 0.85, 0.8],
  // The fifty-seventh, mostly features and roundups, holds 8 gold edges: scored with the fifty-eighth.
  ['tests/fixtures/gold/xinwen-items-fifty-seventh.json+tests/fixtures/gold/xinwen-items-fifty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-fifty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixtieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-second.json', 0.85, 0.8],
  // The sixty-third holds 16 gold edges: scored with the sixty-fourth, which keeps one known wrong edge.
  ['tests/fixtures/gold/xinwen-items-sixty-third.json+tests/fixtures/gold/xinwen-items-sixty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-sixty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-seventy-sixth.json', 0.85, 0.8],
  [
    'tests/fixtures/gold/xinwen-items-seventy-seventh.json+tests/fixtures/gold/xinwen-items-seventy-eighth.json',
    0.85,
    0.8,
  ],
  ['tests/fixtures/gold/xinwen-items-seventy-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eightieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-second.json+tests/fixtures/gold/xinwen-items-eighty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-fifth.json+tests/fixtures/gold/xinwen-items-eighty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-eighty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninetieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-ninety-ninth.json+tests/fixtures/gold/xinwen-items-hundredth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifth.json', 0.85, 0.8],
  [
    'tests/fixtures/gold/xinwen-items-hundred-sixth.json+tests/fixtures/gold/xinwen-items-hundred-seventh.json',
    0.85,
    0.8,
  ],
  ['tests/fixtures/gold/xinwen-items-hundred-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-tenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-eleventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twelfth.json', 0.85, 0.8],
  [
    'tests/fixtures/gold/xinwen-items-hundred-thirteenth.json+tests/fixtures/gold/xinwen-items-hundred-fourteenth.json',
    0.85,
    0.8,
  ],
  ['tests/fixtures/gold/xinwen-items-hundred-fifteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-seventeenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-eighteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-nineteenth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twentieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-twenty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirtieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-thirty-eighth.json', 0.85, 0.8],
  [
    'tests/fixtures/gold/xinwen-items-hundred-thirty-ninth.json+tests/fixtures/gold/xinwen-items-hundred-fortieth.json',
    0.85,
    0.8,
  ],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-third.json', 0.85, 0.8],
  [
    'tests/fixtures/gold/xinwen-items-hundred-forty-fourth.json+tests/fixtures/gold/xinwen-items-hundred-forty-fifth.json',
    0.85,
    0.8,
  ],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-forty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fiftieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-eighth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-fifty-ninth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixtieth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-first.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-second.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-third.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-fourth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-fifth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-sixth.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-seventh.json', 0.85, 0.8],
  ['tests/fixtures/gold/xinwen-items-hundred-sixty-eighth.json', 0.85, 0.8],
];

/**
 * Wrong edges still made, by set, each by person and target: any other wrong edge fails, and so does one of these
 * once fixed (update the list). (The fortieth's, 王庭惠 cut to 王庭 before 国会主席, and the sixty-fourth's, a
 * delegation's leader 舒默 that jieba reads as an adjective, were fixed in round W.) The hundred-ninth's is a meeting a
 * feature recalls with no day (习近平总书记在中央农村工作会议上强调), dated by the issue; the hundred-eleventh's is a
 * crew meeting the press (乘组在问天阁与中外记者见面), given the press conference held that day.
 */
const KNOWN_WRONG: Record<string, string[]> = {
  'tests/fixtures/gold/xinwen-items-hundred-ninth.json': ['习近平 → 中央农村工作会议'],
  'tests/fixtures/gold/xinwen-items-hundred-eleventh.json': ['景海鹏 → 神舟十六号载人飞行任务新闻发布会'],
};

for (const [file, recall, dated] of SETS) {
  const known = KNOWN_WRONG[file] ?? [];
  test(
    `${file}: ≥ ${recall * 100} % of role edges found, ≥ ${dated * 100} % with their day, ` +
      (known.length ? `only the ${known.length} known wrong edges` : 'no wrong edge'),
    { skip: XINWEN_SKIP },
    () => {
      const items = file.split('+').flatMap((f) => (JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Gold).items);
      const s = scoreRoles(items, XINWEN);
      const report = rolesTable(s, 'role edges');
      assert.ok(s.gold >= 20, report);
      assert.ok(s.found / s.gold >= recall, report);
      assert.ok(s.dated / s.gold >= dated, report);
      assert.deepEqual(s.wrong.map((w) => `${w.person} → ${w.target}`).sort(), [...known].sort(), report);
    },
  );
}
