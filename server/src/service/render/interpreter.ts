// Evaluates a parsed template with Velocity 1.7 semantics plus what API Gateway does differently (a null
// reference renders as nothing; null equals ""), inside a budget: a step counter, a deadline, an output cap,
// a cap on every string built, #foreach's 1,000 iterations and a macro depth of 20.
import { Expr, Node, Ref, parseTemplate, VtlSyntaxError } from './vtlParser';
import { JBlock, JDouble, JHost, JList, JMap, JObject, JValue, isNumber, javaString, numValue, toPlain, typeName } from './values';
import { FORBIDDEN_MEMBERS, JavaException, MethodBudget, callMethod, getProperty, javaEquals, mapKey } from './javaMethods';
import { RegexError } from '../util/javaRegex';
import { JsonPathError } from './jsonpath';

export type ErrorKind = 'syntax' | 'runtime' | 'limit' | 'security';

export interface RawError {
  kind: ErrorKind;
  message: string;
  offset?: number;
  length?: number;
}

export interface InterpreterLimits {
  maxSteps: number;
  maxOutputBytes: number;
  deadline: number;
  maxForeach: number;
  maxMacroDepth: number;
}

/** Thrown to end rendering (a Java exception, a limit, #stop). */
export class Abort extends Error {
  constructor(readonly error: RawError | null) {
    super(error?.message ?? 'stop');
  }
}

class BreakSignal {
  constructor(readonly inForeach: boolean) {}
}

/** A host call failed in a way that ends rendering (bad JSON, bad JSONPath...). */
export class HostError extends Error {}

const NUMERIC_INT = /^-?\d+$/;

export class Interpreter implements MethodBudget {
  private steps = 0;
  private outBytes = 0;
  private buffers: { parts: string[]; len: number }[] = [{ parts: [], len: 0 }];
  private readonly frames: Map<string, JValue>[] = [];
  private readonly macros = new Map<string, Extract<Node, { k: 'macro' }>>();
  private depth = 0;
  private loopDepth = 0;
  readonly errors: RawError[] = [];
  /** True when rendering ended early (syntax error, Java exception, limit): API Gateway would answer 500. */
  aborted = false;
  readonly used = new Map<string, unknown>();
  private reported = new Set<string>();

  constructor(
    private readonly template: string,
    readonly globals: Map<string, JValue>,
    private readonly limits: InterpreterLimits,
    private readonly tracked: Set<string>,
  ) {}

  /** Renders the template; errors are collected in `errors`. */
  run(): string {
    let nodes: Node[];
    try {
      nodes = parseTemplate(this.template);
    } catch (e) {
      if (e instanceof VtlSyntaxError) {
        this.errors.push({ kind: 'syntax', message: e.message, offset: e.offset, length: e.length });
        this.aborted = true;
        return '';
      }
      throw e;
    }
    this.collectMacros(nodes);
    try {
      this.nodes(nodes);
    } catch (e) {
      if (e instanceof Abort) {
        if (e.error) {
          this.errors.push(e.error);
          this.aborted = true;
        }
      } else if (e instanceof BreakSignal) {
        // #break outside #foreach ends the template, as in Velocity 1.7
      } else if (e instanceof RangeError) {
        this.errors.push({ kind: 'limit', message: `template too deeply nested to render (${e.message})` });
        this.aborted = true;
      } else throw e;
    }
    return this.buffers[0].parts.join('');
  }

  // ---- budget
  tick(size = 1): void {
    this.steps += size;
    if (this.steps > this.limits.maxSteps) {
      throw new Abort({ kind: 'limit', message: `rendering stopped after ${this.limits.maxSteps.toLocaleString('en-US')} steps (the template loops too much or forever)` });
    }
    if ((this.steps & 255) === 0 || size > 256) {
      if (Date.now() > this.limits.deadline) throw new Abort({ kind: 'limit', message: 'rendering stopped: time budget exceeded (the template loops too much or forever)' });
    }
  }

  str(s: string): string {
    if (s.length > this.limits.maxOutputBytes) {
      throw new Abort({ kind: 'limit', message: `a string grew past ${this.limits.maxOutputBytes.toLocaleString('en-US')} characters; rendering stopped` });
    }
    this.tick(1 + (s.length >> 10));
    return s;
  }

  private emit(s: string): void {
    if (!s) return;
    const buf = this.buffers[this.buffers.length - 1];
    if (this.buffers.length === 1) {
      this.outBytes += Buffer.byteLength(s, 'utf8');
      if (this.outBytes > this.limits.maxOutputBytes) {
        throw new Abort({ kind: 'limit', message: `output exceeded ${this.limits.maxOutputBytes.toLocaleString('en-US')} bytes; rendering stopped` });
      }
    } else if (buf.len + s.length > this.limits.maxOutputBytes) {
      // a string literal or #define being built: bounded like any string
      throw new Abort({ kind: 'limit', message: `a string grew past ${this.limits.maxOutputBytes.toLocaleString('en-US')} characters; rendering stopped` });
    }
    buf.len += s.length;
    buf.parts.push(s);
  }

  private capture(fn: () => void): string {
    this.buffers.push({ parts: [], len: 0 });
    try {
      fn();
      return this.buffers[this.buffers.length - 1].parts.join('');
    } finally {
      this.buffers.pop();
    }
  }

  private report(kind: ErrorKind, message: string, at?: { start: number; end: number }): void {
    const key = `${kind}|${message}|${at?.start}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.errors.length < 100) this.errors.push({ kind, message, offset: at?.start, length: at ? at.end - at.start : undefined });
  }

  private fatal(kind: ErrorKind, message: string, at?: { start: number; end: number }): never {
    throw new Abort({ kind, message, offset: at?.start, length: at ? at.end - at.start : undefined });
  }

  // ---- variables
  private lookup(name: string): JValue | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].has(name)) return this.frames[i].get(name);
    return this.globals.get(name);
  }

  private assign(name: string, v: JValue | undefined): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      if (this.frames[i].has(name)) {
        this.frames[i].set(name, v ?? null);
        return;
      }
    }
    if (v === undefined) this.globals.delete(name);
    else this.globals.set(name, v);
  }

  private collectMacros(nodes: Node[]): void {
    for (const n of nodes) {
      if (n.k === 'macro') this.macros.set(n.name, n);
      if (n.k === 'if') n.branches.forEach((b) => this.collectMacros(b.body));
      if (n.k === 'foreach' || n.k === 'define') this.collectMacros(n.body);
    }
  }

  // ---- statements
  private nodes(nodes: Node[]): void {
    for (const n of nodes) this.node(n);
  }

  private node(n: Node): void {
    this.tick();
    switch (n.k) {
      case 'text':
        this.emit(n.v);
        return;
      case 'out':
        this.out(n);
        return;
      case 'set':
        this.set(n.target, n.value);
        return;
      case 'if':
        for (const b of n.branches) {
          if (b.cond === null || truthy(this.expr(b.cond))) {
            this.nodes(b.body);
            return;
          }
        }
        return;
      case 'foreach':
        this.foreach(n);
        return;
      case 'break':
        throw new BreakSignal(this.loopDepth > 0);
      case 'stop':
        throw new Abort(null);
      case 'macro':
        return;
      case 'define': {
        const body = n.body;
        this.assign(n.name, new JBlock(() => this.nested(n, () => this.capture(() => this.nodes(body)))));
        return;
      }
      case 'call':
        this.call(n);
        return;
    }
  }

  private nested<T>(at: { start: number; end: number }, fn: () => T): T {
    if (this.depth >= this.limits.maxMacroDepth) {
      this.fatal('limit', `macro/#define/#evaluate nesting deeper than ${this.limits.maxMacroDepth} levels (runaway recursion); rendering stopped`, at);
    }
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private out(n: Extract<Node, { k: 'out' }>): void {
    const v = this.ref(n.ref);
    if (n.escapes > 0) {
      const half = '\\'.repeat(Math.floor(n.escapes / 2));
      if (n.escapes % 2 === 1) {
        this.emit(v === null ? '\\'.repeat(n.escapes) + n.src : half + n.src);
        return;
      }
      this.emit(half);
    }
    // API Gateway renders a null reference as nothing, $x and $!x alike (recorded: input-path-formatting/empty-body)
    if (v === null) return;
    this.emit(this.print(v));
  }

  print(v: JValue): string {
    return this.str(javaString(v, { tick: (size) => this.tick(size) }));
  }

  private set(target: Ref, valueExpr: Expr): void {
    const value = materialize(this.expr(valueExpr));
    if (target.path.length === 0) {
      // Velocity 1.7: a #set whose right side is null leaves the variable as it was
      if (value === null) return;
      this.assign(target.name, value);
      return;
    }
    const base = this.walk(target, target.path.length - 1);
    const last = target.path[target.path.length - 1];
    if (base === null) {
      this.report('runtime', `#set: ${this.src(target, target.path.length - 1)} is null, so nothing was set`, target);
      return;
    }
    if (last.k === 'call') {
      this.report('syntax', '#set cannot assign to a method call', last);
      return;
    }
    if (last.k === 'prop' && FORBIDDEN_MEMBERS.has(last.name)) {
      this.report('security', `'${last.name}' is not accessible from a template`, last);
      return;
    }
    const key: JValue = last.k === 'prop' ? last.name : this.expr(last.index);
    if (base instanceof JMap) {
      base.m.set(mapKey(key), value);
      return;
    }
    if (base instanceof JList && typeof key === 'number') {
      const i = key < 0 ? base.items.length + key : key;
      if (i >= 0 && i < base.items.length) base.items[i] = value;
      else this.report('runtime', `#set: index ${key} is outside the list (size ${base.items.length})`, last);
      return;
    }
    this.report('runtime', `#set: cannot set '${javaString(key)}' on a ${typeName(base)}`, last);
  }

  private foreach(n: Extract<Node, { k: 'foreach' }>): void {
    const iterable = this.expr(n.iter);
    let items: Iterable<JValue>;
    let size: number;
    if (iterable instanceof RangeValue) {
      items = iterable.values();
      size = iterable.size;
    } else if (iterable instanceof JList) {
      items = iterable.items.slice();
      size = iterable.items.length;
    } else if (iterable instanceof JMap) {
      items = [...iterable.m.values()];
      size = iterable.m.size;
    } else {
      if (iterable !== null) this.report('runtime', `#foreach over a ${typeName(iterable)}: only lists, maps and ranges can be iterated`, n.iter);
      return;
    }
    const saved = { v: this.lookup(n.varName), fe: this.lookup('foreach'), vc: this.lookup('velocityCount') };
    const state = new ForeachState(size, (saved.fe ?? null) as JValue);
    this.loopDepth++;
    try {
      let count = 0;
      for (const item of items) {
        if (count >= this.limits.maxForeach) {
          this.report('limit', `#foreach stopped after ${this.limits.maxForeach.toLocaleString('en-US')} iterations (API Gateway's limit); ${size - count} item(s) were not processed`, n);
          break;
        }
        this.tick();
        state.index = count;
        this.assign(n.varName, item === null ? undefined : item);
        this.assign('foreach', new JObject(state));
        this.assign('velocityCount', count + 1);
        count++;
        try {
          this.nodes(n.body);
        } catch (e) {
          if (e instanceof BreakSignal) break;
          throw e;
        }
      }
    } finally {
      this.loopDepth--;
      this.assign(n.varName, saved.v);
      this.assign('foreach', saved.fe);
      this.assign('velocityCount', saved.vc);
    }
  }

  private call(n: Extract<Node, { k: 'call' }>): void {
    if (n.name === 'evaluate') {
      const src = n.args.length ? this.expr(n.args[0]) : null;
      if (src === null) return;
      const text = javaString(src);
      this.nested(n, () => {
        let nodes: Node[];
        try {
          nodes = parseTemplate(text);
        } catch (e) {
          if (e instanceof VtlSyntaxError) this.fatal('syntax', `#evaluate: ${e.message}`, n);
          throw e;
        }
        try {
          this.nodes(nodes);
        } catch (e) {
          if (e instanceof Abort && e.error && e.error.offset !== undefined) {
            throw new Abort({ ...e.error, message: `#evaluate: ${e.error.message}`, offset: n.start, length: n.end - n.start });
          }
          throw e;
        }
      });
      return;
    }
    if (n.name === 'parse' || n.name === 'include') {
      this.fatal('runtime', `#${n.name} is not available in API Gateway mapping templates (there are no template files to load)`, n);
    }
    const macro = this.macros.get(n.name);
    if (!macro) {
      // Velocity prints an unknown directive call as written
      this.emit(n.src);
      return;
    }
    const args = n.args.map((a) => materialize(this.expr(a)));
    this.nested(n, () => {
      const frame = new Map<string, JValue>();
      macro.params.forEach((p, i) => frame.set(p, i < args.length ? args[i] : null));
      this.frames.push(frame);
      try {
        this.nodes(macro.body);
      } catch (e) {
        if (!(e instanceof BreakSignal) || e.inForeach) throw e;
      } finally {
        this.frames.pop();
      }
    });
  }

  // ---- references
  private src(r: Ref, segs: number): string {
    const end = segs === 0 ? r.start + 1 + r.name.length + (r.quiet ? 1 : 0) : r.path[segs - 1].end;
    return this.template.slice(r.start, end).replace(/^\$!?\{?/, '$');
  }

  ref(r: Ref): JValue {
    const v = this.walk(r, r.path.length);
    if (this.tracked.has(r.name)) {
      const name = this.template.slice(r.start, r.end).replace(/^\$!?\{?/, '').replace(/\}$/, '');
      if (!this.used.has(name) && this.used.size < 500) this.used.set(name, v instanceof JBlock ? '(block)' : toPlain(v));
    }
    return v;
  }

  private walk(r: Ref, upto: number): JValue {
    let cur: JValue = this.lookup(r.name) ?? null;
    for (let i = 0; i < upto; i++) {
      const seg = r.path[i];
      this.tick();
      if (seg.k === 'index') {
        const key = this.expr(seg.index);
        if (cur === null) return null;
        if (cur instanceof JList) {
          const idx = typeof key === 'number' ? key : typeof key === 'string' && NUMERIC_INT.test(key) ? Number(key) : NaN;
          if (!Number.isInteger(idx)) {
            this.report('runtime', `list index must be a number, got ${typeName(key)}`, seg);
            return null;
          }
          const j: number = idx < 0 ? cur.items.length + idx : idx;
          cur = j >= 0 && j < cur.items.length ? cur.items[j] : null;
        } else if (cur instanceof JMap) {
          cur = cur.m.get(mapKey(key)) ?? null;
        } else if (cur instanceof JObject) {
          cur = cur.host.prop(javaString(key)) ?? null;
        } else {
          return null;
        }
        continue;
      }
      if (FORBIDDEN_MEMBERS.has(seg.name)) {
        this.report('security', `'${seg.name}' is not accessible from a template (no reflection or host objects)`, seg);
        return null;
      }
      if (seg.k === 'prop') {
        if (cur === null) return null;
        const owner: JValue = cur;
        cur = this.guard(seg, (): JValue | undefined => getProperty(owner, seg.name)) ?? null;
        continue;
      }
      const args = seg.args.map((a) => materialize(this.expr(a)));
      if (cur === null) return null;
      const target: JValue = cur;
      const result: JValue | undefined = this.guard(seg, () => callMethod(target, seg.name, args, this));
      if (result === undefined) {
        this.report('runtime', `${typeName(target)} has no method ${seg.name}(${args.map((a) => typeName(a)).join(', ')}) available to templates`, seg);
        return null;
      }
      cur = result;
    }
    return cur;
  }

  private guard<T>(at: { start: number; end: number }, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof JavaException) this.fatal('runtime', `${e.message} (Velocity stops with a MethodInvocationException; API Gateway answers 500)`, at);
      if (e instanceof RegexError) this.fatal(e.security ? 'security' : 'runtime', e.message, at);
      if (e instanceof JsonPathError || e instanceof HostError) this.fatal('runtime', e.message, at);
      throw e;
    }
  }

  // ---- expressions
  expr(e: Expr): JValue {
    this.tick();
    switch (e.k) {
      case 'ref':
        return this.ref(e);
      case 'lit':
        if (typeof e.v === 'number') return e.double ? new JDouble(e.v) : e.v;
        return e.v;
      case 'str': {
        const nodes = e.nodes;
        return this.str(this.capture(() => this.nodes(nodes)));
      }
      case 'list':
        return new JList(e.items.map((x) => materialize(this.expr(x))));
      case 'map': {
        const m = new JMap();
        for (const [k, v] of e.entries) m.m.set(mapKey(this.expr(k)), materialize(this.expr(v)));
        return m;
      }
      case 'range': {
        const from = this.int(this.expr(e.from), e.from);
        const to = this.int(this.expr(e.to), e.to);
        if (from === null || to === null) return null;
        return new RangeValue(from, to, this);
      }
      case 'not':
        return !truthy(this.expr(e.e));
      case 'neg': {
        const v = this.expr(e.e);
        if (typeof v === 'number') return -v;
        if (v instanceof JDouble) return new JDouble(-v.v);
        this.report('runtime', `cannot negate a ${typeName(v)}`, e);
        return null;
      }
      case 'bin':
        return this.binary(e);
    }
  }

  private int(v: JValue, at: Expr): number | null {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && NUMERIC_INT.test(v.trim())) return Number(v.trim());
    this.report('runtime', `range bounds must be integers, got ${typeName(v)}`, at);
    return null;
  }

  private binary(e: Extract<Expr, { k: 'bin' }>): JValue {
    if (e.op === '&&') return truthy(this.expr(e.l)) && truthy(this.expr(e.r));
    if (e.op === '||') return truthy(this.expr(e.l)) || truthy(this.expr(e.r));
    let l = this.expr(e.l);
    let r = this.expr(e.r);
    if (l instanceof RangeValue) l = l.toList();
    if (r instanceof RangeValue) r = r.toList();
    switch (e.op) {
      case '==':
        return velocityEquals(l, r);
      case '!=':
        return !velocityEquals(l, r);
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (!isNumber(l) || !isNumber(r)) {
          this.report('runtime', `'${e.op}' compares numbers only (got ${typeName(l)} and ${typeName(r)}); the comparison is false`, e);
          return false;
        }
        const x = numValue(l);
        const y = numValue(r);
        return e.op === '<' ? x < y : e.op === '>' ? x > y : e.op === '<=' ? x <= y : x >= y;
      }
      case '+':
        if (typeof l === 'string' || typeof r === 'string') {
          const ls = l === null ? this.template.slice(e.l.start, e.l.end) : javaString(l);
          const rs = r === null ? this.template.slice(e.r.start, e.r.end) : javaString(r);
          return this.str(ls + rs);
        }
        return this.arith(e, l, r);
      case '-':
      case '*':
      case '/':
      case '%':
        return this.arith(e, l, r);
    }
    return null;
  }

  private arith(e: Extract<Expr, { k: 'bin' }>, l: JValue, r: JValue): JValue {
    if (!isNumber(l) || !isNumber(r)) {
      this.report('runtime', `'${e.op}' needs numbers (got ${typeName(l)} and ${typeName(r)}); the result is null`, e);
      return null;
    }
    const dbl = l instanceof JDouble || r instanceof JDouble;
    const x = numValue(l);
    const y = numValue(r);
    if ((e.op === '/' || e.op === '%') && y === 0 && !dbl) {
      this.report('runtime', `division by zero; the result is null`, e);
      return null;
    }
    let v: number;
    switch (e.op) {
      case '+': v = x + y; break;
      case '-': v = x - y; break;
      case '*': v = x * y; break;
      case '/': v = dbl ? x / y : Math.trunc(x / y); break;
      default: v = x % y;
    }
    return dbl ? new JDouble(v) : v;
  }
}

/** Velocity's `#if` truth: null and false are false, everything else (even "" and []) is true. */
export function truthy(v: JValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  return true;
}

/** Velocity 1.7's ==: numbers by value, same classes by equals(), otherwise by toString(). API Gateway also
 * treats null as equal to "" (recorded: input-path-formatting/empty-body, isEmptyString is "true"). */
export function velocityEquals(a: JValue, b: JValue): boolean {
  if (a === null && b === null) return true;
  if (a === null || b === null) {
    const other = a === null ? b : a;
    return other === '';
  }
  if (isNumber(a) && isNumber(b)) return numValue(a) === numValue(b);
  const sameKind =
    (typeof a === 'string' && typeof b === 'string') ||
    (typeof a === 'boolean' && typeof b === 'boolean') ||
    (a instanceof JList && b instanceof JList) ||
    (a instanceof JMap && b instanceof JMap);
  if (sameKind) return javaEquals(a, b);
  return javaString(a) === javaString(b);
}

/** `[a..b]`: iterated lazily so a huge range costs steps, not memory. */
class RangeValue extends JList {
  readonly size: number;
  constructor(
    readonly from: number,
    readonly to: number,
    private readonly budget: MethodBudget,
  ) {
    super([]);
    this.size = Math.abs(to - from) + 1;
  }
  *values(): Generator<JValue> {
    const dir = this.to >= this.from ? 1 : -1;
    for (let i = this.from; dir > 0 ? i <= this.to : i >= this.to; i += dir) yield i;
  }
  toList(): JList {
    this.budget.tick(this.size);
    return new JList([...this.values()]);
  }
}

/** `$foreach` inside a loop (Velocity 1.7 ForeachScope). */
class ForeachState implements JHost {
  readonly hostName = 'ForeachScope';
  index = 0;
  constructor(
    readonly size: number,
    readonly parent: JValue,
  ) {}
  prop(name: string): JValue | undefined {
    switch (name) {
      case 'hasNext': return this.index < this.size - 1;
      case 'count': return this.index + 1;
      case 'index': return this.index;
      case 'first': return this.index === 0;
      case 'last': return this.index === this.size - 1;
      case 'parent': return this.parent;
      default: return undefined;
    }
  }
  call(name: string, args: JValue[]): JValue | undefined {
    if (args.length) return undefined;
    const prop = name.replace(/^(get|is)([A-Z])/, (_m, _p, c: string) => c.toLowerCase());
    return this.prop(name === 'hasNext' ? 'hasNext' : prop);
  }
}

export function materialize(v: JValue): JValue {
  return v instanceof RangeValue ? v.toList() : v;
}
