/**
 * What the fuzzer found, fixed and kept: the minimised crashers of test/fuzz/crashers/.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCrashers } from './crashers';
import { exerciseDocument } from './exercise';
import { Random } from './random';

describe('crashers found by the fuzzer', () => {
  const crashers = loadCrashers();
  it('the fixtures are there', () => assert.ok(crashers.length >= 2, `${crashers.length} crashers in test/fuzz/crashers/`));
  for (const { name, crasher } of crashers) {
    it(`${name}: no violation at any offset`, () => {
      assert.ok(crasher.description.length > 20, 'each crasher says what went wrong');
      const { violations } = exerciseDocument(crasher.text, crasher.languageId, { offsets: crasher.text.length <= 20_000 ? 'all' : [crasher.offset ?? 0], renders: 5, random: new Random(1) });
      assert.deepEqual(violations, []);
    });
  }
});
