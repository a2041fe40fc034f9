/**
 * Flow collections indented less than CloudFormation's parser tolerates and the `yaml` package does not: where an
 * entry that such a collection runs through really ends (yamlFlowRepair.ts firstEndOutsideFlow), and the tree
 * the pieces give for it.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getValue, isObject } from '../../../server/src/service/parse/ast';
import { parseText } from '../../../server/src/service/parse';
import { firstEndOutsideFlow } from '../../../server/src/service/parse/yamlFlowRepair';
import { parseYaml } from '../../../server/src/service/parse/yamlParser';
import { dumpTree } from '../incremental/treeDump';

/** The start offsets of the lines of `text` that begin with `prefix`. */
function lineStarts(text: string, prefix: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) if (text.startsWith(prefix, i)) out.push(i);
  return out;
}

function answer(text: string, ends: number[]): number {
  return firstEndOutsideFlow(text, 0, ends.length, (k) => ends[k]);
}

describe('where an entry cut by a shallow flow collection ends', () => {
  const SHALLOW = 'A: {"type": "object",\nB: "not a key: still inside A",\n"c": 1}\nD: 2\nE: 3\n';

  it('runs past the lines inside the collection to the first line after it closes', () => {
    const ends = lineStarts(SHALLOW, '').filter((o) => o > 0); // B, "c", D, E
    assert.equal(answer(SHALLOW, ends), 2, 'D is the first line outside the collection');
  });

  it('is the first end when nothing is open', () => {
    const text = 'A: {"a": 1}\nB: [1, 2]\nC: x\n';
    assert.equal(answer(text, lineStarts(text, '').filter((o) => o > 0)), 0);
  });

  it('is past every end when the collection never closes (quotes, comments and nested brackets inside it)', () => {
    const text = 'A: [1, "]", # ] in a comment\n{"b": [2]},\nB: 3\n' + 'C: 4\n'.repeat(50);
    const ends = lineStarts(text, '').filter((o) => o > 0);
    assert.equal(answer(text, ends), ends.length);
  });

  it('ignores brackets in block scalars and in plain values', () => {
    const text = 'A: |\n  {not flow\nB: x[1\nC: 3\n';
    const ends = lineStarts(text, '').filter((o) => o > 0);
    assert.equal(answer(text, ends), 0, 'the first end, the block scalar line, is outside any collection');
  });

  it('counts from the given start, whatever comes before it', () => {
    const text = 'X: [\nA: {"a":\n1}\nB: 2\n';
    const from = text.indexOf('A:');
    const ends = [text.indexOf('1}'), text.indexOf('B:')];
    assert.equal(firstEndOutsideFlow(text, from, ends.length, (k) => ends[k]), 1);
  });

  it('the pieces give the whole-file tree: the collection is one value and the next key is a sibling', () => {
    const text = `Resources:\n  Model:\n    Properties:\n      Schema: {"type": "object",\n      "properties": {"id": {"type": "string"}}}\n      Name: pets\n  Other:\n    Type: AWS::SNS::Topic\n`;
    const pieces = parseText(text, 'yaml', undefined, { segmentMin: 0, splitMin: 0 });
    const properties = getValue(getValue(getValue(pieces.roots[0], 'Resources'), 'Model'), 'Properties');
    const schema = getValue(properties, 'Schema');
    assert.ok(isObject(schema), 'Schema is a map');
    assert.deepEqual(schema.properties.map((p) => p.key.value), ['type', 'properties']);
    assert.equal(getValue(properties, 'Name')?.type, 'string');
    assert.ok(getValue(getValue(pieces.roots[0], 'Resources'), 'Other'));
    assert.deepEqual(dumpTree(pieces), dumpTree(parseYaml(text)));
  });
});
