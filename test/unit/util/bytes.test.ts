// util/bytes.ts replaced Node's Buffer in the service: on random and hostile input it gives exactly what Buffer
// gives (Buffer is the reference here, in the tests, where Node is allowed).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { random } from '../../../bench/generate';
import { renderTemplate } from '../../../server/src/service/render';
import { base64Decode, base64Encode, randomUuid, utf8ByteLength, utf8Decode, utf8Encode } from '../../../server/src/service/util/bytes';

const SAMPLES = ['', 'a', 'ab', 'abc', 'héllo wörld', '日本語', '😀 emoji', '\ufeffBOM first', 'lone \ud800 high', 'lone \udc00 low', '\udc00\ud800 reversed', 'end \ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff'];

function randomString(rand: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rand();
    s += String.fromCharCode(r < 0.5 ? Math.floor(rand() * 128) : r < 0.7 ? 0x80 + Math.floor(rand() * 0x780) : r < 0.85 ? 0xd800 + Math.floor(rand() * 0x800) : Math.floor(rand() * 0x10000));
  }
  return s;
}

describe('UTF-8 and base64 without Buffer', () => {
  it('utf8Encode and utf8ByteLength agree with Buffer, lone surrogates included', () => {
    const rand = random(11);
    for (const s of [...SAMPLES, ...Array.from({ length: 2000 }, () => randomString(rand, Math.floor(rand() * 20)))]) {
      assert.deepEqual([...utf8Encode(s)], [...Buffer.from(s, 'utf8')], JSON.stringify(s));
      assert.equal(utf8ByteLength(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
    }
  });

  it('utf8Decode agrees with Buffer on random bytes: invalid sequences become U+FFFD the same way, a BOM is kept', () => {
    const rand = random(12);
    const cases: number[][] = [[0xef, 0xbb, 0xbf, 0x41], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xff], [0xf0, 0x9f, 0x98]];
    for (let i = 0; i < 5000; i++) cases.push(Array.from({ length: Math.floor(rand() * 12) }, () => (rand() < 0.3 ? 0x80 + Math.floor(rand() * 0x40) : Math.floor(rand() * 256))));
    for (const bytes of cases) assert.equal(utf8Decode(bytes), Buffer.from(bytes).toString('utf8'), JSON.stringify(bytes));
    assert.equal(utf8Decode([0xef, 0xbb, 0xbf, 0x41]), '\ufeffA');
  });

  it('base64Encode agrees with Buffer', () => {
    const rand = random(13);
    for (let i = 0; i < 2000; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(rand() * 20) }, () => Math.floor(rand() * 256));
      assert.equal(base64Encode(bytes), Buffer.from(bytes).toString('base64'));
    }
  });

  it('base64Decode agrees with Buffer on valid, unpadded, URL-safe and broken input', () => {
    const rand = random(14);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n*.é';
    const cases = ['', 'QQ==', 'QQ==QQ==', 'QQ=QQ', 'Q Q==', 'QUJD\nREVG', 'Q', 'QQ', 'QUI', 'A=', 'QR==', 'Q===', '=QQ', 'QQ*QQ', '-_-_', 'QQ==éQQ', '5pel5pys6Kqe'];
    for (let i = 0; i < 5000; i++) cases.push(Array.from({ length: Math.floor(rand() * 16) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
    for (const text of cases) assert.deepEqual([...base64Decode(text)], [...Buffer.from(text, 'base64')], JSON.stringify(text));
  });

  it('randomUuid is a version 4 UUID, new each time', () => {
    const a = randomUuid();
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a, randomUuid());
  });

  it('through the renderer: $util.base64Encode/Decode of non-ASCII and of bytes that are not UTF-8', () => {
    const render = (template: string) => {
      const r = renderTemplate(template, 'request', {});
      assert.deepEqual(r.errors, [], JSON.stringify(r));
      return r.output;
    };
    assert.equal(render('$util.base64Encode("日本語 😀")'), Buffer.from('日本語 😀', 'utf8').toString('base64'));
    assert.equal(render('$util.base64Decode("5pel5pys6Kqe8J+YgA==")'), '日本語😀');
    // 0xFF and a truncated 3-byte sequence: U+FFFD each, as Buffer decodes them.
    assert.equal(render('$util.base64Decode("/+KC")'), Buffer.from('/+KC', 'base64').toString('utf8'));
    assert.equal(render('$util.base64Decode("/+KC")'), '\ufffd\ufffd');
  });
});
