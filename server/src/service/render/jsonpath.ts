// JSONPath as API Gateway evaluates it (Jayway JsonPath): a "definite" path (only names and single indexes)
// yields one value or nothing; any wildcard, deep scan, slice, union or filter yields a JSON array of matches.
// Missing properties and indexes are skipped in indefinite paths and make a definite path "not found".
import { JDouble, JList, JMap, JValue, isNumber, numValue } from './values';
import { compileJavaRegex } from '../util/javaRegex';

export class JsonPathError extends Error {}

type Seg =
  | { k: 'name'; names: string[] }
  | { k: 'index'; idx: number[] }
  | { k: 'slice'; from?: number; to?: number; step?: number }
  | { k: 'wild' }
  | { k: 'scan' }
  | { k: 'filter'; f: Filter }
  | { k: 'fn'; name: string };

type Operand = { k: 'path'; root: '@' | '$'; segs: Seg[] } | { k: 'lit'; v: JValue } | { k: 'regex'; re: RegExp };
type Filter =
  | { k: 'and' | 'or'; a: Filter; b: Filter }
  | { k: 'not'; a: Filter }
  | { k: 'exists'; p: Operand }
  | { k: 'cmp'; op: string; l: Operand; r: Operand };

export interface JsonPathResult {
  found: boolean;
  value: JValue;
}

const cache = new Map<string, { segs: Seg[]; definite: boolean }>();

export function compileJsonPath(path: string): { segs: Seg[]; definite: boolean } {
  const hit = cache.get(path);
  if (hit) return hit;
  const segs = new PathParser(path).parseRoot();
  const definite = segs.every((s) => (s.k === 'name' && s.names.length === 1) || (s.k === 'index' && s.idx.length === 1) || s.k === 'fn');
  const compiled = { segs, definite };
  if (cache.size > 500) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

/** Evaluates `path` against `root`. Not found in a definite path gives `{found:false, value:null}`. */
export function evaluateJsonPath(root: JValue, path: string, tick: () => void = () => {}): JsonPathResult {
  const { segs, definite } = compileJsonPath(path);
  const fnIndex = segs.findIndex((s) => s.k === 'fn');
  const walkSegs = fnIndex >= 0 ? segs.slice(0, fnIndex) : segs;
  let results = walk([root], walkSegs, root, tick);
  if (fnIndex >= 0) {
    const fn = (segs[fnIndex] as { name: string }).name;
    const target = definite ? (results.length ? results[0] : undefined) : new JList(results, true);
    if (target === undefined) return { found: false, value: null };
    return { found: true, value: applyFunction(fn, target) };
  }
  if (definite) return results.length ? { found: true, value: results[0] } : { found: false, value: null };
  // A trailing union of names on one object gives a map of those keys, as Jayway does.
  const last = segs[segs.length - 1];
  if (last && last.k === 'name' && last.names.length > 1 && segs.slice(0, -1).every((s) => s.k === 'name' || s.k === 'index')) {
    const parents = walk([root], segs.slice(0, -1), root, tick);
    if (parents.length === 1 && parents[0] instanceof JMap) {
      const out = new JMap();
      for (const n of last.names) if (parents[0].has(n)) out.set(n, parents[0].get(n) ?? null);
      return { found: true, value: out };
    }
  }
  results = results.slice();
  return { found: true, value: new JList(results, true) };
}

function walk(current: JValue[], segs: Seg[], root: JValue, tick: () => void): JValue[] {
  let cur = current;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const next: JValue[] = [];
    if (seg.k === 'scan') {
      const rest = segs.slice(i + 1);
      for (const node of cur) scan(node, rest, root, next, tick, 0);
      return next;
    }
    for (const node of cur) step(node, seg, root, next, tick);
    cur = next;
  }
  return cur;
}

function scan(node: JValue, rest: Seg[], root: JValue, out: JValue[], tick: () => void, depth: number): void {
  tick();
  if (depth > 512) throw new JsonPathError('document nested too deeply');
  if (rest.length === 0) {
    out.push(node);
  } else {
    const [first, ...others] = rest;
    const here: JValue[] = [];
    if (first.k === 'wild') {
      // `..*` visits every descendant; handled by the recursion below
    } else {
      step(node, first, root, here, tick);
      for (const h of walk(here, others, root, tick)) out.push(h);
    }
  }
  const children = node instanceof JMap ? [...node.values()] : node instanceof JList ? node.items : [];
  for (const c of children) {
    if (rest.length && rest[0].k === 'wild') {
      for (const h of walk([c], rest.slice(1), root, tick)) out.push(h);
    }
    if (c instanceof JMap || c instanceof JList) scan(c, rest, root, out, tick, depth + 1);
  }
}

function step(node: JValue, seg: Seg, root: JValue, out: JValue[], tick: () => void): void {
  tick();
  switch (seg.k) {
    case 'name':
      if (node instanceof JMap) for (const n of seg.names) if (node.has(n)) out.push(node.get(n) ?? null);
      return;
    case 'index':
      if (node instanceof JList) {
        for (const i of seg.idx) {
          const j = i < 0 ? node.items.length + i : i;
          if (j >= 0 && j < node.items.length) out.push(node.items[j]);
        }
      }
      return;
    case 'slice': {
      if (!(node instanceof JList)) return;
      const len = node.items.length;
      const norm = (x: number) => (x < 0 ? Math.max(0, len + x) : Math.min(len, x));
      const from = seg.from === undefined ? 0 : norm(seg.from);
      const to = seg.to === undefined ? len : norm(seg.to);
      const stepN = seg.step && seg.step > 0 ? seg.step : 1;
      for (let i = from; i < to; i += stepN) out.push(node.items[i]);
      return;
    }
    case 'wild':
      if (node instanceof JMap) for (const v of node.values()) out.push(v);
      else if (node instanceof JList) for (const v of node.items) out.push(v);
      return;
    case 'filter': {
      const candidates = node instanceof JList ? node.items : node instanceof JMap ? [node] : [];
      for (const c of candidates) if (testFilter(seg.f, c, root, tick)) out.push(c);
      return;
    }
    default:
      return;
  }
}

function operandValue(o: Operand, at: JValue, root: JValue, tick: () => void): { ok: boolean; v: JValue } {
  if (o.k === 'lit') return { ok: true, v: o.v };
  if (o.k === 'regex') return { ok: true, v: null };
  const base = o.root === '@' ? at : root;
  const definite = o.segs.every((s) => (s.k === 'name' && s.names.length === 1) || (s.k === 'index' && s.idx.length === 1) || s.k === 'fn');
  const fnIdx = o.segs.findIndex((s) => s.k === 'fn');
  const segs = fnIdx >= 0 ? o.segs.slice(0, fnIdx) : o.segs;
  const r = walk([base], segs, root, tick);
  let v: JValue;
  if (definite) {
    if (!r.length) return { ok: false, v: null };
    v = r[0];
  } else v = new JList(r, true);
  if (fnIdx >= 0) v = applyFunction((o.segs[fnIdx] as { name: string }).name, v);
  return { ok: true, v };
}

function testFilter(f: Filter, at: JValue, root: JValue, tick: () => void): boolean {
  switch (f.k) {
    case 'and':
      return testFilter(f.a, at, root, tick) && testFilter(f.b, at, root, tick);
    case 'or':
      return testFilter(f.a, at, root, tick) || testFilter(f.b, at, root, tick);
    case 'not':
      return !testFilter(f.a, at, root, tick);
    case 'exists': {
      const r = operandValue(f.p, at, root, tick);
      return r.ok && !(r.v instanceof JList && f.p.k === 'path' && r.v.items.length === 0 && !isDefinite(f.p));
    }
    case 'cmp': {
      const l = operandValue(f.l, at, root, tick);
      if (f.op === '=~') {
        if (!l.ok || typeof l.v !== 'string' || f.r.k !== 'regex') return false;
        return f.r.re.test(l.v);
      }
      const r = operandValue(f.r, at, root, tick);
      if (!l.ok || !r.ok) return false;
      return compare(f.op, l.v, r.v);
    }
  }
}

function isDefinite(o: Operand): boolean {
  return o.k === 'path' && o.segs.every((s) => (s.k === 'name' && s.names.length === 1) || (s.k === 'index' && s.idx.length === 1));
}

function same(a: JValue, b: JValue): boolean {
  if (isNumber(a) && isNumber(b)) return numValue(a) === numValue(b);
  if (a === null || b === null) return a === b;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a instanceof JList && b instanceof JList) return a.items.length === b.items.length && a.items.every((x, i) => same(x, b.items[i]));
  if (a instanceof JMap && b instanceof JMap) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a.entries()) if (!b.has(k) || !same(v, b.get(k) ?? null)) return false;
    return true;
  }
  return false;
}

function compare(op: string, a: JValue, b: JValue): boolean {
  const list = (v: JValue) => (v instanceof JList ? v.items : null);
  switch (op) {
    case '==':
      return same(a, b);
    case '!=':
    case '<>':
      return !same(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      let x: number | string;
      let y: number | string;
      if (isNumber(a) && isNumber(b)) [x, y] = [numValue(a), numValue(b)];
      else if (typeof a === 'string' && typeof b === 'string') [x, y] = [a, b];
      else return false;
      return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
    }
    case 'in':
      return (list(b) ?? []).some((x) => same(a, x));
    case 'nin':
      return !(list(b) ?? []).some((x) => same(a, x));
    case 'subsetof':
      return (list(a) ?? []).every((x) => (list(b) ?? []).some((y) => same(x, y)));
    case 'anyof':
      return (list(a) ?? []).some((x) => (list(b) ?? []).some((y) => same(x, y)));
    case 'noneof':
      return !(list(a) ?? []).some((x) => (list(b) ?? []).some((y) => same(x, y)));
    case 'contains':
      if (typeof a === 'string' && typeof b === 'string') return a.includes(b);
      return (list(a) ?? []).some((x) => same(x, b));
    case 'size': {
      const n = typeof a === 'string' ? a.length : a instanceof JList ? a.items.length : a instanceof JMap ? a.size : -1;
      return isNumber(b) && n === numValue(b);
    }
    case 'empty': {
      const n = typeof a === 'string' ? a.length : a instanceof JList ? a.items.length : a instanceof JMap ? a.size : -1;
      return b === (n === 0);
    }
    default:
      return false;
  }
}

function applyFunction(name: string, v: JValue): JValue {
  const nums = () => {
    if (!(v instanceof JList)) throw new JsonPathError(`${name}() needs an array`);
    const xs = v.items.filter(isNumber).map((x) => numValue(x as number));
    if (!xs.length) throw new JsonPathError(`${name}() needs numbers`);
    return xs;
  };
  switch (name) {
    case 'length':
    case 'size':
      if (v instanceof JList) return v.items.length;
      if (v instanceof JMap) return v.size;
      if (typeof v === 'string') return v.length;
      throw new JsonPathError(`${name}() needs an array, object or string`);
    case 'min':
      return new JDouble(nums().reduce((m, x) => (x < m ? x : m), Infinity));
    case 'max':
      return new JDouble(nums().reduce((m, x) => (x > m ? x : m), -Infinity));
    case 'sum':
      return new JDouble(nums().reduce((s, x) => s + x, 0));
    case 'avg': {
      const xs = nums();
      return new JDouble(xs.reduce((s, x) => s + x, 0) / xs.length);
    }
    case 'stddev': {
      const xs = nums();
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return new JDouble(Math.sqrt(xs.reduce((s, x) => s + (x - m) * (x - m), 0) / xs.length));
    }
    case 'keys':
      if (v instanceof JMap) return new JList([...v.keys()].map((k) => String(k)), true);
      throw new JsonPathError('keys() needs an object');
    default:
      throw new JsonPathError(`unknown function ${name}()`);
  }
}

class PathParser {
  private p = 0;
  constructor(private readonly s: string) {}

  private fail(msg: string): never {
    throw new JsonPathError(`Invalid JSONPath '${this.s}': ${msg} at position ${this.p}`);
  }

  parseRoot(): Seg[] {
    this.skipWs();
    if (this.s[this.p] === '$') this.p++;
    else if (this.s[this.p] !== '.' && this.s[this.p] !== '[' && this.p < this.s.length) {
      // Jayway accepts a path without the leading `$` ("foo.bar" means "$.foo.bar").
      return this.segments([{ k: 'name', names: [this.ident()] }], false);
    }
    return this.segments([], false);
  }

  private segments(segs: Seg[], inFilter: boolean): Seg[] {
    for (;;) {
      const c = this.s[this.p];
      if (c === undefined) return segs;
      if (c === '.') {
        if (this.s[this.p + 1] === '.') {
          this.p += 2;
          segs.push({ k: 'scan' });
          if (this.s[this.p] === '[') continue;
          if (this.s[this.p] === '*') {
            this.p++;
            segs.push({ k: 'wild' });
            continue;
          }
          segs.push({ k: 'name', names: [this.ident()] });
          continue;
        }
        this.p++;
        if (this.s[this.p] === '*') {
          this.p++;
          segs.push({ k: 'wild' });
          continue;
        }
        const name = this.ident();
        if (this.s[this.p] === '(' && this.s[this.p + 1] === ')') {
          this.p += 2;
          segs.push({ k: 'fn', name });
          continue;
        }
        segs.push({ k: 'name', names: [name] });
        continue;
      }
      if (c === '[') {
        this.p++;
        segs.push(this.bracket());
        continue;
      }
      if (inFilter) return segs;
      if (c === ' ' || c === '\t') {
        this.skipWs();
        if (this.p >= this.s.length) return segs;
      }
      this.fail(`unexpected '${this.s[this.p]}'`);
    }
  }

  private ident(): string {
    const start = this.p;
    while (this.p < this.s.length && !'.[]()\'" \t<>=!&|,'.includes(this.s[this.p])) this.p++;
    if (this.p === start) this.fail('expected a property name');
    return this.s.slice(start, this.p);
  }

  private skipWs() {
    while (this.s[this.p] === ' ' || this.s[this.p] === '\t') this.p++;
  }

  private quoted(): string {
    const q = this.s[this.p++];
    let out = '';
    while (this.p < this.s.length && this.s[this.p] !== q) {
      if (this.s[this.p] === '\\' && this.p + 1 < this.s.length) this.p++;
      out += this.s[this.p++];
    }
    if (this.s[this.p] !== q) this.fail('unterminated string');
    this.p++;
    return out;
  }

  private int(): number | undefined {
    this.skipWs();
    const m = /^-?\d+/.exec(this.s.slice(this.p));
    if (!m) return undefined;
    this.p += m[0].length;
    this.skipWs();
    return Number(m[0]);
  }

  private bracket(): Seg {
    this.skipWs();
    const c = this.s[this.p];
    let seg: Seg;
    if (c === '*') {
      this.p++;
      seg = { k: 'wild' };
    } else if (c === '?') {
      this.p++;
      this.skipWs();
      if (this.s[this.p] !== '(') this.fail("expected '(' after '?'");
      this.p++;
      const f = this.filterOr();
      this.skipWs();
      if (this.s[this.p] !== ')') this.fail("expected ')' to close the filter");
      this.p++;
      seg = { k: 'filter', f };
    } else if (c === "'" || c === '"') {
      const names = [this.quoted()];
      this.skipWs();
      while (this.s[this.p] === ',') {
        this.p++;
        this.skipWs();
        if (this.s[this.p] !== "'" && this.s[this.p] !== '"') this.fail('expected a quoted name');
        names.push(this.quoted());
        this.skipWs();
      }
      seg = { k: 'name', names };
    } else {
      const first = this.int();
      if (this.s[this.p] === ':') {
        this.p++;
        const to = this.int();
        let stepN: number | undefined;
        if (this.s[this.p] === ':') {
          this.p++;
          stepN = this.int();
        }
        seg = { k: 'slice', from: first, to, step: stepN };
      } else {
        if (first === undefined) this.fail('expected an index, a name, * or a filter');
        const idx = [first];
        while (this.s[this.p] === ',') {
          this.p++;
          const n = this.int();
          if (n === undefined) this.fail('expected an index');
          idx.push(n);
        }
        seg = { k: 'index', idx };
      }
    }
    this.skipWs();
    if (this.s[this.p] !== ']') this.fail("expected ']'");
    this.p++;
    return seg;
  }

  private filterOr(): Filter {
    let a = this.filterAnd();
    for (;;) {
      this.skipWs();
      if (this.s.startsWith('||', this.p)) {
        this.p += 2;
        a = { k: 'or', a, b: this.filterAnd() };
      } else return a;
    }
  }

  private filterAnd(): Filter {
    let a = this.filterUnary();
    for (;;) {
      this.skipWs();
      if (this.s.startsWith('&&', this.p)) {
        this.p += 2;
        a = { k: 'and', a, b: this.filterUnary() };
      } else return a;
    }
  }

  private filterUnary(): Filter {
    this.skipWs();
    if (this.s[this.p] === '!' && this.s[this.p + 1] !== '=') {
      this.p++;
      return { k: 'not', a: this.filterUnary() };
    }
    if (this.s[this.p] === '(') {
      this.p++;
      const f = this.filterOr();
      this.skipWs();
      if (this.s[this.p] !== ')') this.fail("expected ')'");
      this.p++;
      return f;
    }
    const l = this.operand();
    this.skipWs();
    const m = /^(==|!=|<>|<=|>=|<|>|=~|in\b|nin\b|subsetof\b|anyof\b|noneof\b|contains\b|size\b|empty\b)/.exec(this.s.slice(this.p));
    if (!m) {
      if (l.k !== 'path') this.fail('expected a comparison');
      return { k: 'exists', p: l };
    }
    this.p += m[0].length;
    const r = this.operand();
    return { k: 'cmp', op: m[0], l, r };
  }

  private operand(): Operand {
    this.skipWs();
    const c = this.s[this.p];
    if (c === '@' || c === '$') {
      this.p++;
      return { k: 'path', root: c, segs: this.segments([], true) };
    }
    if (c === "'" || c === '"') return { k: 'lit', v: this.quoted() };
    if (c === '/') {
      this.p++;
      let src = '';
      while (this.p < this.s.length && this.s[this.p] !== '/') {
        if (this.s[this.p] === '\\') src += this.s[this.p++];
        src += this.s[this.p++];
      }
      if (this.s[this.p] !== '/') this.fail('unterminated regex');
      this.p++;
      let flags = '';
      while (/[a-z]/.test(this.s[this.p] ?? '')) flags += this.s[this.p++];
      return { k: 'regex', re: compileJavaRegex(src, flags.includes('i') ? 'i' : '', false) };
    }
    if (c === '[') {
      const start = this.p;
      let depth = 0;
      do {
        if (this.s[this.p] === '[') depth++;
        if (this.s[this.p] === ']') depth--;
        this.p++;
      } while (depth > 0 && this.p < this.s.length);
      const text = this.s.slice(start, this.p).replace(/'((?:[^'\\]|\\.)*)'/g, (_m, g: string) => JSON.stringify(g));
      try {
        const items = JSON.parse(text) as unknown[];
        return { k: 'lit', v: new JList(items.map((x) => plainLit(x)), true) };
      } catch {
        this.fail('bad array literal');
      }
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true\b|false\b|null\b)/.exec(this.s.slice(this.p));
    if (!m) this.fail('expected a value');
    this.p += m[0].length;
    const t = m[0];
    if (t === 'true' || t === 'false') return { k: 'lit', v: t === 'true' };
    if (t === 'null') return { k: 'lit', v: null };
    return { k: 'lit', v: /[.eE]/.test(t) ? new JDouble(Number(t)) : Number(t) };
  }
}

function plainLit(x: unknown): JValue {
  if (typeof x === 'number') return Number.isInteger(x) ? x : new JDouble(x);
  if (typeof x === 'string' || typeof x === 'boolean' || x === null) return x as JValue;
  return null;
}
