/**
 * The language service on mutated copies of the corpus' real files: a fixed seed and a bounded number of
 * documents, so `npm test` runs the same few seconds every time (`npm run fuzz` runs the long version). A
 * failure prints the seed and document number (`npm run fuzz -- --seed S --replay N` shows it again) and the
 * minimised text; keep it in test/fuzz/crashers/ once fixed.
 */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CampaignResult, describeFailure, runCampaign } from './campaign';
import { seedFiles } from './corpus';
import { exerciseDocument } from './exercise';
import { mutate, MUTATION_NAMES } from './mutate';
import { Random } from './random';

const SEED = 20_241_122;
const DOCUMENTS = 200;

describe(`fuzz: the language service on ${DOCUMENTS} mutated corpus files (seed ${SEED})`, () => {
  let result: CampaignResult;
  before(() => {
    result = runCampaign({ seed: SEED, documents: DOCUMENTS, maxSourceChars: 20_000, limits: { hugeScalar: 50_000, nesting: 1500 }, offsetsPerDocument: 25, renders: 3, minimize: true });
  });

  it('no service function throws, reports an internal error or a range outside the document', () => {
    assert.deepEqual(result.failures.map(describeFailure), []);
  });

  it('every kind of mutation was applied (byte, line and token edits, truncation, nesting, huge scalars, BOM, CRLF, tabs, invalid UTF-8)', () => {
    assert.equal(result.tried, DOCUMENTS);
    assert.deepEqual(MUTATION_NAMES.filter((m) => !result.byMutation[m]), []);
  });

  it('the documents reached the features: diagnostics, renders and positions asked', () => {
    assert.ok(result.diagnostics > DOCUMENTS, `${result.diagnostics} diagnostics`);
    assert.ok(result.renders > 10, `${result.renders} renders and simulations`);
    assert.ok(result.positions >= DOCUMENTS * 20, `${result.positions} completion/hover/definition positions`);
  });
});

describe('completion, hover and definition at every offset of a sample of files', () => {
  // Small files with mapping templates, as they are and mutated: every caret position an editor can ask about.
  const withTemplates = seedFiles().filter((f) => f.languageId !== 'vtl' && f.text.length < 2500 && /requestTemplates|RequestTemplates/.test(f.text));
  const yaml = withTemplates.find((f) => f.languageId === 'yaml' && /\|\n/.test(f.text));
  const json = withTemplates.find((f) => f.languageId === 'json');
  const random = new Random(SEED);
  const samples = [yaml, json]
    .filter((f) => f !== undefined)
    .flatMap((f) => [
      { name: f.name, languageId: f.languageId, text: f.text },
      { name: `${f.name} (mutated)`, languageId: f.languageId, text: mutate(f.text, random, { hugeScalar: 200, nesting: 20 }).text },
    ]);

  it('the sample has a YAML and a JSON file with templates', () => assert.equal(samples.length, 4));
  for (const sample of samples) {
    it(`${sample.name}: ${sample.text.length + 1} offsets`, () => {
      const { violations, stats } = exerciseDocument(sample.text, sample.languageId, { offsets: 'all', renders: 2, random: new Random(1) });
      assert.equal(stats.positions, sample.text.length + 1);
      assert.deepEqual(violations, []);
    });
  }
});
