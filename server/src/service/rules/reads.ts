/**
 * What a check may read besides the unit it checks (an integration, a mapping template), as the rule records name
 * it in `reads`. Findings of a unit are reused from the previous validation of the document while the unit's node
 * is the same object (the incremental parser keeps the nodes of text an edit did not touch) and every fact its
 * checks' records read has the same value: the value of those facts is the unit's cache key (findingsCache.ts).
 * A check that reads something no fact here covers needs a new fact, with its value.
 */
import { apiIdOf, stageVariablesOf } from '../model/stages';
import type { ApiModel, Integration } from '../model/types';

/** Each fact's value for a validation of `model`, about `integration` when the unit belongs to one. */
const FACTS = {
  /**
   * The integration's place and kind: its id, location, dialect, API kind (and whether that is certain), and the
   * component a `$ref` names. Its own fields are its node, which is part of the unit.
   */
  integration: (_model: ApiModel, i: Integration | undefined) => (i ? `${i.id}\u0001${i.location}\u0001${i.dialect}\u0001${i.protocol}\u0001${i.protocolCertain}\u0001${i.ref?.target?.id ?? ''}` : ''),
  /**
   * The route's operation: its parameters, responses, request body schema and the API definition around it. The
   * model reuses an operation only while its path item and the rest of the definition are the same objects, so its
   * identity stands for all of them.
   */
  operation: (_model: ApiModel, i: Integration | undefined) => (i?.operation ? String(serialOf(i.operation)) : ''),
  /** The CloudFormation template's resources (names and types), its parameters, and whether it is SAM. */
  resources: (model: ApiModel, _i: Integration | undefined) => {
    const template = model.cfnTemplate;
    return template ? hash([...template.resources.values()].map((r) => `${r.logicalId}:${r.type}`).join(',') + '|' + [...template.parameters.keys()].join(',') + '|' + template.isSam) : '';
  },
  /** The stage variable names the stages of the integration's API define. */
  stageVariables: (model: ApiModel, i: Integration | undefined) => (i ? hash((stageVariablesOf(model, i) ?? ['\u0000none']).join(',')) : ''),
  /** Anything in the document: never reused (a new model each version). */
  document: (model: ApiModel, _i: Integration | undefined) => String(serialOf(model)),
} satisfies Record<string, (model: ApiModel, integration: Integration | undefined) => string>;

export type Fact = keyof typeof FACTS;

/** The facts of one validation, each computed once (a unit's key is asked for by every check over it). */
export class FactValues {
  private readonly perModel = new Map<Fact, string>();
  private readonly perApi = new Map<string | undefined, string>();
  private readonly keys = new Map<string, Map<Integration | undefined, string>>();

  constructor(private readonly model: ApiModel) {}

  /** The cache key of a unit whose checks read `reads` about `integration`. */
  key(reads: readonly Fact[], integration: Integration | undefined): string {
    const name = reads.join(',');
    let byIntegration = this.keys.get(name);
    if (!byIntegration) this.keys.set(name, (byIntegration = new Map()));
    let key = byIntegration.get(integration);
    if (key === undefined) byIntegration.set(integration, (key = reads.map((fact) => this.value(fact, integration)).join('\u0002')));
    return key;
  }

  private value(fact: Fact, integration: Integration | undefined): string {
    if (fact === 'resources' || fact === 'document') {
      let value = this.perModel.get(fact);
      if (value === undefined) this.perModel.set(fact, (value = FACTS[fact](this.model, undefined)));
      return value;
    }
    if (fact === 'stageVariables' && integration) {
      // Per API: its integrations ask again, and equal strings built anew compare slowly.
      const apiId = apiIdOf(integration);
      let value = this.perApi.get(apiId);
      if (value === undefined) this.perApi.set(apiId, (value = FACTS.stageVariables(this.model, integration)));
      return value;
    }
    return FACTS[fact](this.model, integration);
  }
}

/** The facts a set of records read, each once, in a stable order. */
export function unionOfReads(reads: Iterable<readonly Fact[]>): Fact[] {
  const all = new Set<Fact>();
  for (const list of reads) for (const fact of list) all.add(fact);
  return (Object.keys(FACTS) as Fact[]).filter((fact) => all.has(fact));
}

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
