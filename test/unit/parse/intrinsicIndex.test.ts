// intrinsicsUnder (parse/intrinsicIndex.ts) lists what a walk of the tree finds, in the same order, on every
// corpus template with intrinsics; after an incremental edit it lists the new tree's intrinsics, not the old ones.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { AstNode, IntrinsicNode, walk } from '../../../server/src/service/parse/ast';
import { parseText } from '../../../server/src/service/parse/incremental';
import { intrinsicsUnder } from '../../../server/src/service/parse/intrinsicIndex';
import { corpusDir, listFiles } from '../../helpers/corpus';

function walked(root: AstNode | undefined): IntrinsicNode[] {
  const out: IntrinsicNode[] = [];
  walk(root, (node) => {
    if (node.type === 'intrinsic') out.push(node);
  });
  return out;
}

test('on every corpus template, the index equals a walk of the tree', () => {
  const files = listFiles(path.join(corpusDir(), 'templates'), (name) => /\.(ya?ml|json|template)$/i.test(name));
  let withIntrinsics = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/!(Sub|Ref|GetAtt)|Fn::|"Ref"/.test(text)) continue;
    const tree = parseText(text, /\.json$/i.test(file) ? 'json' : 'yaml');
    for (const root of tree.roots) {
      const expected = walked(root);
      assert.deepEqual(intrinsicsUnder(root), expected, file);
      if (expected.length) withIntrinsics++;
    }
  }
  assert.ok(withIntrinsics > 100, `${withIntrinsics} templates with intrinsics`);
});

test('after an edit the index follows the new tree', () => {
  const big = Array.from({ length: 400 }, (_, i) => `  R${i}:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Sub '\${AWS::StackName}-${i}'\n`).join('');
  const text = `Resources:\n${big}`;
  const tree = parseText(text, 'yaml');
  assert.equal(intrinsicsUnder(tree.roots[0]).length, 400);
  const at = text.indexOf("!Sub '${AWS::StackName}-200'");
  const edited = text.slice(0, at) + '!Ref Other' + text.slice(at + "!Sub '${AWS::StackName}-200'".length);
  const next = parseText(edited, 'yaml', tree);
  const names = intrinsicsUnder(next.roots[0]).map((n) => n.name);
  assert.deepEqual(names, walked(next.roots[0]).map((n) => n.name));
  assert.equal(names.filter((n) => n === 'Ref').length, 1);
});
