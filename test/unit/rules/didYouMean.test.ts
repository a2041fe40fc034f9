/**
 * "Did you mean": the closest candidates within a distance that grows with the word (at most 3), nearest first.
 * Candidates whose length alone puts them out of reach are skipped before the edit distance is computed (a
 * damaged file's 100 KB reference name took seconds per candidate); the answers are those of comparing all.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { random } from '../../../bench/generate';
import { closest, didYouMean, editDistance } from '../../../server/src/service/util/didYouMean';

/** closest() without the length shortcut. */
function bruteForce(word: string, candidates: string[], max = 3): string[] {
  const limit = Math.max(1, Math.min(max, Math.floor(word.length / 3)));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance)
    .map((c) => c.candidate);
}

describe('did you mean', () => {
  it('suggests near names, nearest first, case-insensitively', () => {
    assert.deepEqual(closest('ListPetFunction', ['ListPetsFunction', 'GetPetFunction', 'Other']), ['ListPetsFunction', 'GetPetFunction']);
    assert.deepEqual(closest('AWS_PROXy', ['AWS_PROXY', 'HTTP_PROXY']), ['AWS_PROXY']);
    assert.equal(didYouMean(['A', 'B']), ' Did you mean `A` or `B`?');
    assert.equal(didYouMean([]), '');
  });

  it('skipping candidates by length gives the answers of comparing every one', () => {
    const rand = random(5);
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 14) }, () => 'abcAB'[Math.floor(rand() * 5)]).join('');
    for (let i = 0; i < 300; i++) {
      const target = word();
      const candidates = Array.from({ length: 12 }, word);
      assert.deepEqual(closest(target, candidates), bruteForce(target, candidates), target);
    }
  });

  it('a 100,000-character word is near nothing short', () => {
    assert.deepEqual(closest('x'.repeat(100_000), ['Fn', 'Table', 'xxxx']), []);
  });
});
