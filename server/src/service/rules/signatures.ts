/**
 * Cache keys for reused findings (see findingsCache.ts): what a unit's rules read besides the unit's own node.
 * A rule that starts reading something else about other parts of the document must add it here, or its findings
 * go stale; test/unit/incremental/diagnostics.test.ts compares incremental and fresh diagnostics after edits.
 */
import type { ApiModel, Integration } from '../model/types';
import { apiIdOf, stageVariablesOf } from '../model/stages';

/** A short stand-in for a long string (FNV-1a, 32 bits, twice with different primes). */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

const serials = new WeakMap<object, number>();
let nextSerial = 1;

/** A number that names this object for as long as it lives (identity as a string part). */
function serialOf(object: object): number {
  let serial = serials.get(object);
  if (serial === undefined) serials.set(object, (serial = nextSerial++));
  return serial;
}

export interface Signatures {
  /** For an integration's own rules. */
  integration(integration: Integration): string;
  /** For the checks of a template of `integration` (they also read stage variables and CloudFormation names). */
  template(integration: Integration | undefined): string;
}

export function signaturesFor(model: ApiModel): Signatures {
  const template = model.cfnTemplate;
  // Rules read resources (GetAtt targets, roles) and, in Fn::Sub templates, the names CloudFormation resolves.
  const document = template
    ? hash([...template.resources.values()].map((r) => `${r.logicalId}:${r.type}`).join(',') + '|' + [...template.parameters.keys()].join(',') + '|' + template.isSam)
    : '';
  const stageNames = new Map<string | undefined, string>();
  // Once per integration and validation: its templates ask again, and equal strings built anew compare slowly.
  const integrations = new Map<Integration, string>();
  const templates = new Map<Integration, string>();
  const integration = (i: Integration): string => {
    let signature = integrations.get(i);
    if (signature === undefined) {
      // The operation is reused by the model only while its path item and the rest of the definition are the same
      // objects, so its identity stands for its parameters, responses, request body schema and the API's facts.
      signature = `${i.id}\u0001${i.location}\u0001${i.dialect}\u0001${i.protocol}\u0001${i.protocolCertain}\u0001${i.ref?.target?.id ?? ''}\u0001${i.operation ? serialOf(i.operation) : ''}\u0001${document}`;
      integrations.set(i, signature);
    }
    return signature;
  };
  return {
    integration,
    template(i) {
      if (!i) return document;
      let signature = templates.get(i);
      if (signature === undefined) {
        const apiId = apiIdOf(i);
        let stages = stageNames.get(apiId);
        if (stages === undefined) stageNames.set(apiId, (stages = hash((stageVariablesOf(model, i) ?? ['\u0000none']).join(','))));
        templates.set(i, (signature = `${integration(i)}\u0001${stages}`));
      }
      return signature;
    },
  };
}
