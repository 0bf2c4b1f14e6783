// kg extract --jsonl, the contract external evaluations use: one line out per line in, spans that slice the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

const run = (input: string) =>
  spawnSync(process.execPath, [join(ROOT, 'cli/bin.mjs'), 'extract', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8' });

test('one output line per input line, in order, with spans that slice the input', () => {
  const inputs = [
    { id: 'a', text: '本报讯 9月30日，市委书记金政主持召开市各套班子月度工作例会。' },
    { id: 'b', text: '金华市副市长张新宇带队到我市调研工业经济。副市长李浩锋陪同。' },
    { id: 'c', text: '𠀀😀 emoji before 市长朱志杰指出' },
    { id: 'd', text: '' },
  ];
  const r = run(inputs.map((x) => JSON.stringify(x)).join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b', 'c', 'd']);
  lines.forEach((l, k) => {
    for (const m of l.mentions) {
      assert.equal(inputs[k]!.text.slice(m.start, m.end), m.text);
      assert.ok(['person', 'title', 'organization', 'enterprise', 'place'].includes(m.kind));
    }
  });
  assert.ok(lines[0].mentions.some((m: { text: string; kind: string }) => m.text === '金政' && m.kind === 'person'));
  assert.ok(lines[2].mentions.some((m: { text: string; start: number }) => m.text === '朱志杰' && m.start === 20));
});

test('a bad line gets an error line and the rest goes on', () => {
  const r = run('not json\n{"id": 7}\n{"id": "ok", "text": "市长朱志杰"}\n');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.match(lines[0].error, /not JSON/);
  assert.equal(lines[1].id, 7);
  assert.match(lines[1].error, /no "text"/);
  assert.equal(lines[2].mentions.length, 2);
});
