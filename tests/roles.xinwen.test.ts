// Role edges on 10 hand-annotated 新闻联播 items: who chaired, led, attended, addressed and met whom, on which day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolesTable, scoreRoles, type GoldItem } from '../graph/build/eval/roles.ts';
import { ROOT } from './helpers.ts';
import { XINWEN, XINWEN_SKIP } from './xinwen.ts';

test(
  'the annotated items: ≥ 90 % of role edges found, ≥ 90 % with their day, no wrong edge',
  { skip: XINWEN_SKIP },
  () => {
    const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/xinwen-items.json'), 'utf8')) as {
      items: GoldItem[];
    };
    const s = scoreRoles(gold.items, XINWEN);
    const report = rolesTable(s, 'role edges');
    assert.ok(s.gold >= 30, report);
    assert.ok(s.found / s.gold >= 0.9, report);
    assert.ok(s.dated / s.gold >= 0.9, report);
    assert.deepEqual(s.wrong, [], report);
  },
);
