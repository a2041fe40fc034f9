/**
 * Incremental parsing gives exactly the tree of a parse from scratch: after random edit sequences (fixed seeds)
 * on generated specs and on real files, and the pieces it parses large files from assemble into exactly the tree
 * of a whole-file parse.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { generate } from '../../../bench/generate';
import type { SyntaxTree } from '../../../server/src/service/parse/ast';
import { parseText, ParseOptions } from '../../../server/src/service/parse';
import { isReusable } from '../../../server/src/service/parse/incremental';
import { parseJsonFast } from '../../../server/src/service/parse/jsonFast';
import { parseJson } from '../../../server/src/service/parse/jsonParser';
import { parseEntryFast } from '../../../server/src/service/parse/yamlFast';
import { parseYaml } from '../../../server/src/service/parse/yamlParser';
import { PieceText } from '../../../server/src/service/text/pieceText';
import { corpusDir, listFiles } from '../../helpers/corpus';
import { applyEdit, randomEdits } from './randomEdits';
import { dumpTree } from './treeDump';

/** Split everything that can be split, so every code path of the pieces runs on small inputs. */
const FINEST: ParseOptions = { segmentMin: 0, splitMin: 0 };
const SMALL_PIECES: ParseOptions = { segmentMin: 0, splitMin: 200 };

function corpusFiles(): string[] {
  const root = path.join(corpusDir(), 'templates');
  return listFiles(root, (name) => /\.(ya?ml|json|template)$/i.test(name) && name !== 'manifest.json' && name !== 'stats.json');
}

/**
 * Runs `steps` random edits, parsing each version from the previous one and from scratch; they must agree. With
 * `pieceLength` the incremental side reads the text as pieces of that length, as the server holds documents.
 */
function checkEditSequence(text: string, format: 'yaml' | 'json', seed: number, steps: number, options: ParseOptions, label: string, pieceLength?: number): { reused: number } {
  // Only valid JSON is reused, so a JSON edit that breaks the file is undone at once (as a person fixes a typo).
  const next = randomEdits(seed, format, format === 'json' ? 1 : 0.8);
  let pieces = pieceLength ? PieceText.from(text, pieceLength) : undefined;
  let tree: SyntaxTree = parseText(pieces ?? text, format, undefined, options);
  let reused = 0;
  for (let step = 0; step < steps; step++) {
    const edit = next(text);
    text = applyEdit(text, edit);
    pieces = pieces?.replace(edit.offset, edit.offset + edit.length, edit.text);
    if (isReusable(tree)) reused++;
    const incremental = parseText(pieces ?? text, format, tree, options);
    const fresh = parseText(text, format, undefined, options);
    assert.deepEqual(dumpTree(incremental), dumpTree(fresh), `${label}: step ${step} (seed ${seed}) edit ${JSON.stringify(edit)}`);
    tree = incremental;
  }
  return { reused };
}

describe('pieces assemble into the whole-file tree', () => {
  it('YAML: every corpus file parses to the same tree in pieces as whole (or both report errors)', () => {
    let compared = 0;
    for (const file of corpusFiles().filter((f) => !f.endsWith('.json'))) {
      const text = fs.readFileSync(file, 'utf8');
      const whole = parseYaml(text);
      const pieces = parseText(text, 'yaml', undefined, FINEST);
      if (whole.problems.length) {
        assert.ok(pieces.problems.length, `${file}: errors in the whole file, none in pieces`);
        continue;
      }
      assert.deepEqual(dumpTree(pieces), dumpTree(whole), file);
      compared++;
    }
    assert.ok(compared > 700, `compared ${compared} files`);
  });

  it('YAML: generated specs (OpenAPI and SAM with intrinsics) parse the same in pieces', () => {
    for (const format of ['yaml', 'sam'] as const) {
      const text = generate(40, format);
      const whole = parseYaml(text);
      assert.equal(whole.problems.length, 0);
      assert.deepEqual(dumpTree(parseText(text, 'yaml', undefined, FINEST)), dumpTree(whole), format);
      assert.deepEqual(dumpTree(parseText(text, 'yaml', undefined, SMALL_PIECES)), dumpTree(whole), format);
    }
  });

  it('YAML: the fast reader builds the trees the yaml package builds, on every corpus file and after random edits', () => {
    let fastEntries = 0;
    const compare = (text: string, label: string, optionSets = [FINEST, SMALL_PIECES]) => {
      for (const options of optionSets) {
        const withYaml = parseText(text, 'yaml', undefined, { ...options, fastYaml: false });
        const withFast = parseText(text, 'yaml', undefined, { ...options, fastYaml: true });
        assert.deepEqual(dumpTree(withFast), dumpTree(withYaml), label);
      }
    };
    for (const file of corpusFiles().filter((f) => !f.endsWith('.json'))) {
      const text = fs.readFileSync(file, 'utf8');
      compare(text, file, [FINEST]);
      if (parseEntryFast(text, 0, text.length, 0)) fastEntries++;
    }
    // The fast reader must actually read most real files (not give every one to the yaml package).
    assert.ok(fastEntries > 350, `the fast reader read ${fastEntries} whole corpus files`);
    for (const format of ['yaml', 'sam'] as const) {
      let text = generate(4, format);
      const next = randomEdits(21, 'yaml', 0.5);
      for (let step = 0; step < 60; step++) {
        const edit = next(text);
        text = applyEdit(text, edit);
        compare(text, `${format} step ${step} edit ${JSON.stringify(edit)}`);
      }
    }
  });

  it('JSON: the fast reader builds the same tree as the recovering parser on every valid corpus file', () => {
    let compared = 0;
    for (const file of corpusFiles().filter((f) => f.endsWith('.json'))) {
      const text = fs.readFileSync(file, 'utf8');
      const fast = parseJsonFast(text);
      const full = parseJson(text);
      if (!fast) continue; // not plain JSON: the recovering parser is used
      assert.equal(full.problems.length, 0, `${file}: the fast reader accepted a file with errors`);
      assert.deepEqual(dumpTree(fast), dumpTree(full), file);
      compared++;
    }
    assert.ok(compared > 600, `compared ${compared} files`);
  });

  it('JSON: the fast reader gives up on what is not plain JSON', () => {
    for (const text of ['{"a": 1,}', '{"a": 01}', '{"a": tru}', '{"a": "x\ny"}', '// c\n{}', '{"a": 1} x', '{"a" 1}', '[1 2]', '{"a": "\\q"}', '\uFEFF{}', '']) {
      assert.equal(parseJsonFast(text), undefined, JSON.stringify(text));
    }
    assert.deepEqual(dumpTree(parseJsonFast('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "Fn::Sub": "x"}')!), dumpTree(parseJson('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "Fn::Sub": "x"}')));
  });
});

describe('incremental parse equals a parse from scratch after random edits', () => {
  for (const format of ['yaml', 'sam', 'json'] as const) {
    it(`generated ${format} spec: 2 × 60 edits, pieces of every size`, () => {
      const text = generate(4, format);
      const parseFormat = format === 'json' ? 'json' : 'yaml';
      const finest = checkEditSequence(text, parseFormat, 11, 60, FINEST, `${format} finest`);
      const small = checkEditSequence(text, parseFormat, 12, 60, SMALL_PIECES, `${format} small pieces`);
      // The previous tree was reusable most of the time (an edit that needs the whole file stops that until the
      // file is valid again): the test exercises reuse, not only parsing from scratch.
      assert.ok(finest.reused + small.reused > 70, `reused ${finest.reused} + ${small.reused} times`);
    });
  }

  for (const format of ['yaml', 'sam', 'json'] as const) {
    it(`generated ${format} spec read as pieces (as the server holds it): 2 × 60 edits`, () => {
      const text = generate(4, format);
      const parseFormat = format === 'json' ? 'json' : 'yaml';
      // Pieces of 64 and 700 characters: entries, lines and keys all get cut somewhere.
      const tiny = checkEditSequence(text, parseFormat, 13, 60, SMALL_PIECES, `${format} in 64-character pieces`, 64);
      const small = checkEditSequence(text, parseFormat, 14, 60, FINEST, `${format} in 700-character pieces`, 700);
      assert.ok(tiny.reused + small.reused > 70, `reused ${tiny.reused} + ${small.reused} times`);
    });
  }

  it('an edit touching a merged entry scans all of it again (generated SAM spec, seed 13, 8 edits)', () => {
    // `&anchor ` typed at column 0 and undone, then `{` at column 0 merged an entry with its later siblings
    // (a flow collection runs on); deleting the `{` re-read only the changed line, so the entry starts inside the
    // merged entry were lost and it kept the errors of the broken version (439 of them, none in a fresh parse).
    checkEditSequence(generate(4, 'sam'), 'yaml', 13, 8, { segmentMin: 0, splitMin: 8 * 1024 }, 'sam seed 13');
  });

  it('real files: the 4 largest YAML and JSON corpus files under 40 KB, 20 edits each', () => {
    const bySize = corpusFiles()
      .map((file) => ({ file, size: fs.statSync(file).size }))
      .filter((f) => f.size < 40_000)
      .sort((a, b) => b.size - a.size);
    const chosen = [...bySize.filter((f) => f.file.endsWith('.json')).slice(0, 4), ...bySize.filter((f) => !f.file.endsWith('.json')).slice(0, 4)];
    chosen.forEach(({ file }, index) => {
      const text = fs.readFileSync(file, 'utf8');
      checkEditSequence(text, file.endsWith('.json') ? 'json' : 'yaml', 100 + index, 20, SMALL_PIECES, path.basename(file));
    });
  });
});
