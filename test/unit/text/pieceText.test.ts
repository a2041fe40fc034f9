/**
 * The piece text and the document built on it behave as the strings and TextDocument they stand for: every read
 * (charCodeAt, charAt, slice, indexOf, lastIndexOf, positions) and every change is checked against the string and
 * vscode-languageserver-textdocument after random edits, with pieces small enough that reads cross them.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../../../bench/generate';
import { diffTexts } from '../../../server/src/service/text/textChange';
import { PieceText } from '../../../server/src/service/text/pieceText';
import { PieceTextDocument, sourceOf } from '../../../server/src/service/text/pieceTextDocument';

const ALPHABET = ['a', 'b', ':', ' ', '\n', '\r\n', '\r', 'ab', 'ba', 'aab'];

function randomText(rand: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return text;
}

/** A text of many pieces: long enough to be cut, then edited so that pieces differ in length. */
function editedPair(seed: number): { text: string; pieces: PieceText } {
  const rand = random(seed);
  let text = randomText(rand, 70_000);
  let pieces = PieceText.from(text);
  for (let i = 0; i < 40; i++) {
    const start = Math.floor(rand() * text.length);
    const end = Math.min(text.length, start + Math.floor(rand() * 30));
    const insert = rand() < 0.05 ? randomText(rand, 70_000) : randomText(rand, Math.floor(rand() * 20));
    text = text.slice(0, start) + insert + text.slice(end);
    pieces = pieces.replace(start, end, insert);
  }
  return { text, pieces };
}

describe('PieceText', () => {
  it('reads as the string it holds, across piece edges', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const rand = random(seed * 97);
      const { text, pieces } = editedPair(seed);
      assert.equal(pieces.length, text.length);
      for (let i = 0; i < 3000; i++) {
        const at = Math.floor(rand() * (text.length + 20)) - 10;
        assert.equal(pieces.charCodeAt(at), text.charCodeAt(at), `charCodeAt(${at})`);
        assert.equal(pieces.charAt(at), text.charAt(at));
        const end = at + Math.floor(rand() * 40_000) - 100;
        assert.equal(pieces.slice(at, end), text.slice(at, end), `slice(${at}, ${end})`);
        const search = ALPHABET[Math.floor(rand() * ALPHABET.length)] + (rand() < 0.5 ? ALPHABET[Math.floor(rand() * ALPHABET.length)] : '');
        assert.equal(pieces.indexOf(search, at), text.indexOf(search, at), `indexOf(${JSON.stringify(search)}, ${at})`);
        assert.equal(pieces.lastIndexOf(search, at), text.lastIndexOf(search, at), `lastIndexOf(${JSON.stringify(search)}, ${at})`);
      }
      assert.equal(pieces.lastIndexOf('\n'), text.lastIndexOf('\n'));
      assert.equal(pieces.indexOf('not there'), -1);
      assert.equal(pieces.toString(), text);
    }
  });

  it('finds a match that runs from one piece into the next', () => {
    const text = 'x'.repeat(16 * 1024 - 2) + 'needle' + 'y'.repeat(100);
    const pieces = PieceText.from(text).replace(0, 1, 'x');
    assert.equal(pieces.indexOf('needle'), text.indexOf('needle'));
    assert.equal(pieces.lastIndexOf('needle'), text.lastIndexOf('needle'));
    assert.equal(pieces.indexOf('needle', text.indexOf('needle') + 1), -1);
  });

  it('says what changed between two versions as diffTexts does, reading only the edited pieces', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = random(seed);
      const text = randomText(rand, 50_000 + Math.floor(rand() * 20_000));
      const before = PieceText.from(text).replace(0, 0, '');
      let after = before;
      let expected = text;
      for (let n = Math.floor(rand() * 3); n >= 0; n--) {
        const start = Math.floor(rand() * expected.length);
        const end = Math.min(expected.length, start + Math.floor(rand() * 5));
        const insert = randomText(rand, Math.floor(rand() * 4));
        after = after.replace(start, end, insert);
        expected = expected.slice(0, start) + insert + expected.slice(end);
      }
      assert.deepEqual(PieceText.changeBetween(before, after), diffTexts(text, expected), `seed ${seed}`);
    }
  });

  it('keeps the version it was made from unchanged', () => {
    const text = 'key: value\n'.repeat(5000);
    const before = PieceText.from(text);
    const after = before.replace(10, 10, 'X');
    assert.equal(before.toString(), text);
    assert.equal(after.slice(0, 12), 'key: valueX\n');
    assert.equal(after.length, text.length + 1);
  });
});

describe('PieceTextDocument', () => {
  it('answers as vscode-languageserver-textdocument after the same random edits', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const rand = random(seed * 31);
      const content = randomText(rand, 40_000);
      const expected = TextDocument.create('file:///a.yaml', 'yaml', 1, content);
      const actual = PieceTextDocument.create('file:///a.yaml', 'yaml', 1, content);
      for (let version = 2; version < 200; version++) {
        const length = expected.getText().length;
        const from = Math.floor(rand() * length);
        // Mostly a few characters; sometimes a long range, either way round.
        const to = rand() < 0.1 ? Math.floor(rand() * length) : from + Math.floor(rand() * 10);
        const a = expected.positionAt(from);
        const b = expected.positionAt(to);
        const change = rand() < 0.02 ? { text: randomText(rand, 30_000) } : { range: { start: a, end: b }, text: randomText(rand, Math.floor(rand() * 12)) };
        TextDocument.update(expected, [change], version);
        PieceTextDocument.update(actual, [change], version);
        assert.equal(actual.version, version);
        assert.equal(actual.lineCount, expected.lineCount, `lineCount at version ${version}, seed ${seed}`);
        for (let k = 0; k < 20; k++) {
          const offset = Math.floor(rand() * (expected.getText().length + 2));
          assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `positionAt(${offset}), version ${version}`);
          const position = { line: Math.floor(rand() * (expected.lineCount + 1)), character: Math.floor(rand() * 30) };
          assert.equal(actual.offsetAt(position), expected.offsetAt(position));
        }
        const range = { start: expected.positionAt(Math.floor(rand() * expected.getText().length)), end: expected.positionAt(Math.floor(rand() * expected.getText().length)) };
        assert.equal(actual.getText(range), expected.getText(range));
        const line = Math.floor(rand() * (expected.lineCount + 2)) - 1;
        assert.deepEqual(actual.getLineRange(line), expected.getLineRange(line));
        assert.equal(actual.getEOLCharacters(line), expected.getEOLCharacters(line));
      }
      assert.equal(actual.getText(), expected.getText());
      assert.equal(sourceOf(actual).toString(), expected.getText());
    }
  });

  it('gives the service its pieces, and any other document its string', () => {
    const pieces = PieceTextDocument.create('file:///a.yaml', 'yaml', 1, 'a: 1\n');
    assert.ok(sourceOf(pieces) instanceof PieceText);
    assert.equal(sourceOf(TextDocument.create('file:///b.yaml', 'yaml', 1, 'b: 2\n')), 'b: 2\n');
  });
});
