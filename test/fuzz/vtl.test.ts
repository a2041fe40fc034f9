/**
 * The VTL parser, template diagnostics/completion/hover and the renderer on mutated copies of the corpus'
 * mapping templates: nothing throws, offsets stay inside the template, every render ends within the engine's
 * own budget (steps, time, output) with clear errors, and no template changes the host's prototypes or globals.
 */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { describeFailure, runVtlCampaign, seedTemplates, VtlCampaignResult } from './campaign';

const SEED = 20_241_122;
const TEMPLATES = 150;

describe(`fuzz: VTL features and the renderer on ${TEMPLATES} mutated corpus templates (seed ${SEED})`, () => {
  let result: VtlCampaignResult;
  before(() => {
    result = runVtlCampaign({ seed: SEED, documents: TEMPLATES, limits: { hugeScalar: 20_000, nesting: 1500 }, offsetsPerTemplate: 15, timeBudgetMs: 200, maxSteps: 200_000, maxOutputBytes: 64 * 1024, minimize: true });
  });

  it('starts from the corpus templates', () => assert.ok(seedTemplates().length > 200, `${seedTemplates().length} templates`));

  it('no throw, no offset outside the template, no output past the cap, every error with a kind and a message', () => {
    assert.deepEqual(result.failures.map(describeFailure), []);
  });

  it('every template was rendered, and the mutations reached the engine: syntax errors and limits among them', () => {
    assert.equal(result.stats.renders, TEMPLATES);
    assert.ok((result.stats.renderErrors.syntax ?? 0) > 0, JSON.stringify(result.stats.renderErrors));
    assert.ok((result.stats.renderErrors.limit ?? 0) > 0, JSON.stringify(result.stats.renderErrors));
  });

  it("the host's prototypes and globals are unchanged", () => {
    assert.deepEqual(result.hostChanged, []);
  });
});
