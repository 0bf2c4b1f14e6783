// The script of decoded text: traditional characters read as simplified ones, one for one; simplified text untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from './index.ts';
import { toSimplified } from './script.ts';

const TRADITIONAL =
  '11月11日上午，省委書記、省人大常委會主任王東明在成都會見美國全國州議會會議主席、猶他州參議院主席布蘭布及代表團一行。' +
  '中國人民對外友好協會會長李小林一同會見。王東明對布蘭布主席率代表團來川考察訪問表示歡迎。';

test('script: a text printed in traditional characters is read in simplified ones, character for character', () => {
  const s = toSimplified(TRADITIONAL);
  assert.ok(s, 'converted');
  assert.equal(s.text.length, TRADITIONAL.length);
  assert.ok(s.text.startsWith('11月11日上午，省委书记、省人大常委会主任王东明在成都会见美国'), s.text);
  // Every character keeps its offset: what is not Han is where it was.
  for (let i = 0; i < TRADITIONAL.length; i++) {
    if (!/\p{Script=Han}/u.test(TRADITIONAL[i]!)) assert.equal(s.text[i], TRADITIONAL[i]);
  }
});

test('script: simplified text is left as it is, whatever characters traditional writing shares with it', () => {
  const simplified = '乾隆年间的著名学者在皇后镇发展了头发护理业。省委书记王强会见客人。'.repeat(10);
  assert.equal(toSimplified(simplified), undefined);
  // A few traditional characters in simplified text (a name, a quotation) are no traditional text.
  assert.equal(toSimplified(`${simplified}他题写了“東方”二字。`), undefined);
});

test('script: decode reads a traditional file in simplified characters and says so', () => {
  const out = decode({ file: 't.txt', bytes: new TextEncoder().encode(TRADITIONAL) });
  assert.ok(out.output?.raw.includes('王东明在成都会见'));
  assert.ok(out.messages.some((m) => m.code === 'decode.script' && m.text.startsWith('t.txt: ')));
});
