// Decoding: every encoding a newspaper archive throws at kg, and a clear refusal for what is not text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode, parseEncoding } from './index.ts';

const TEXT = '本报讯 9月30日，市委书记金政\n主持召开市各套班子月度工作例会。\r\n';
const bytes = (b: Buffer | Uint8Array) => ({ file: 'page.txt', bytes: new Uint8Array(b) });

const CASES: [string, Uint8Array, string, boolean][] = [
  ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8', false],
  ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8', true],
  ['GBK', iconv.encode(TEXT, 'gbk'), 'gb18030', false],
  ['GB18030', iconv.encode(TEXT + '𠀀', 'gb18030'), 'gb18030', false],
  ['UTF-16LE with BOM', iconv.encode(TEXT, 'utf16-le', { addBOM: true }), 'utf-16le', true],
  ['UTF-16BE with BOM', iconv.encode(TEXT, 'utf16-be', { addBOM: true }), 'utf-16be', true],
  ['UTF-16LE without BOM (ASCII-heavy)', iconv.encode('Page 1 of 2023 issue: ' + TEXT, 'utf16-le'), 'utf-16le', false],
];

for (const [name, input, encoding, bom] of CASES) {
  test(`decodes ${name}`, () => {
    const r = decode(bytes(input));
    assert.equal(r.output?.encoding, encoding);
    assert.equal(r.output?.bom, bom);
    assert.ok(r.output!.raw.includes('市委书记金政'), r.output!.raw);
    assert.equal(r.messages.filter((m) => m.level === 'error').length, 0);
  });
}

const REFUSED: [string, Uint8Array, string][] = [
  ['an empty file', new Uint8Array(), 'decode.empty'],
  ['a whitespace-only file', new TextEncoder().encode(' \n\r\n\t'), 'decode.empty'],
  ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]), 'decode.binary'],
  ['bytes valid in no encoding', new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xff, 0x80, 0x41].slice(2)), 'decode.undecodable'],
];
for (const [name, input, code] of REFUSED) {
  test(`refuses ${name}, naming the file`, () => {
    const r = decode(bytes(input));
    assert.equal(r.output, null);
    assert.equal(r.messages[0]?.code, code);
    assert.match(r.messages[0]!.text, /^page\.txt: /);
  });
}

test('control characters in an otherwise valid text mark it as binary', () => {
  const junk = new Uint8Array(400).map((_, i) => (i * 37) % 32);
  assert.equal(decode(bytes(junk)).messages[0]?.code, 'decode.binary');
});

test('a forced encoding is used, and a wrong one is refused', () => {
  const gbk = iconv.encode(TEXT, 'gbk');
  assert.equal(decode(bytes(gbk), { encoding: 'gb18030' }).output?.raw, TEXT);
  const r = decode(bytes(gbk), { encoding: 'utf-8' });
  assert.equal(r.output, null);
  assert.match(r.messages[0]!.text, /not valid utf-8 \(forced with --encoding\)/);
});

test('encoding names users type', () => {
  assert.equal(parseEncoding('GBK'), 'gb18030');
  assert.equal(parseEncoding('utf8'), 'utf-8');
  assert.equal(parseEncoding('UTF-16'), 'utf-16le');
  assert.equal(parseEncoding('latin1'), undefined);
});
