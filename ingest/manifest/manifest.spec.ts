// The manifest: issue dates per file, defaults for all, and errors that name the file and the place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issueFor, parseManifest } from './index.ts';

test('entries inherit the top-level defaults', () => {
  const { output, messages } = parseManifest(
    JSON.stringify({ newspaper: '永康日报', jurisdiction: '永康市', files: { 'a.txt': { issueDate: '2017-10-01', page: 1 } } }),
    'seeds/manifest.json',
  );
  assert.deepEqual(messages, []);
  assert.deepEqual(issueFor(output, 'a.txt'), { newspaper: '永康日报', jurisdiction: '永康市', issueDate: '2017-10-01', page: 1 });
  assert.deepEqual(issueFor(output, 'b.txt'), { newspaper: '永康日报', jurisdiction: '永康市' });
});

test('malformed JSON is reported with file, line and column, and ignored', () => {
  const text = '{\n  "files": {\n    "a.txt": { "issueDate": "2017-10-01", }\n  }\n}';
  const { output, messages } = parseManifest(text, 'seeds/manifest.json');
  assert.equal(output.files.size, 0);
  assert.equal(messages.length, 1);
  assert.match(messages[0]!.text, /^seeds\/manifest\.json: malformed JSON at line 3, column 43/);
});

test('bad values are reported one by one; the good ones are kept', () => {
  const { output, messages } = parseManifest(
    JSON.stringify({ files: { 'a.txt': { issueDate: '2017-02-30', page: 2 }, 'b.txt': 'x', 'c.txt': { date: '2017' } } }),
    'm.json',
  );
  assert.deepEqual(issueFor(output, 'a.txt'), { page: 2 });
  assert.deepEqual(
    messages.map((m) => m.code),
    ['manifest.issueDate', 'manifest.entry', 'manifest.key'],
  );
  assert.ok(messages.every((m) => m.text.startsWith('m.json: ')));
});

test('a manifest that is not an object is refused', () => {
  assert.equal(parseManifest('[1, 2]', 'm.json').messages[0]?.code, 'manifest.shape');
});
