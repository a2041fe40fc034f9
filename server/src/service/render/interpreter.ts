// Runs a template parsed by the project's one VTL parser (../vtl/parser.ts) with Velocity 1.7 semantics plus what
// API Gateway does differently (a null reference renders as nothing; null equals ""), inside a budget: a step
// counter, a deadline, an output cap, a cap on every string built, #foreach's 1,000 iterations and a macro depth
// of 20. A template with a syntax error is not run: the error the parser reports is the render's error.
import type { BinaryExpression, DirectiveNode, EscapedNode, Expression, ReferenceNode, ReferencePart, Span, VtlNode } from '../vtl/ast';
import { parseTemplate, velocityParseError } from '../vtl/parser';
import { JBlock, JDouble, JHost, JList, JMap, JObject, JValue, isNumber, javaString, numValue, toPlain, typeName } from './values';
import { FORBIDDEN_MEMBERS, JavaException, MethodBudget, callMethod, getProperty, javaEquals, mapKey } from './javaMethods';
import { RegexError } from '../util/javaRegex';
import { JsonPathError } from './jsonpath';
import { utf8ByteLength } from '../util/bytes';

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

/** The payload cannot be parsed: API Gateway answers 400 for a method request's body, 500 for a backend's. */
export class PayloadError extends HostError {}

const NUMERIC_INT = /^-?\d+$/;

interface Macro {
  readonly definition: DirectiveNode;
  readonly params: string[];
  /** The text its offsets point into (the template, or an #evaluate'd string). */
  readonly source: string;
}

export class Interpreter implements MethodBudget {
  private steps = 0;
  private outBytes = 0;
  private buffers: { parts: string[]; len: number }[] = [{ parts: [], len: 0 }];
  private readonly frames: Map<string, JValue>[] = [];
  private readonly macros = new Map<string, Macro>();
  private depth = 0;
  private loopDepth = 0;
  /** The text the running nodes' offsets point into. */
  private source: string;
  /** While an #evaluate'd string runs: the #evaluate directive, where its errors are reported. */
  private evaluating: Span | undefined;
  readonly errors: RawError[] = [];
  /** True when rendering ended early (syntax error, Java exception, limit): API Gateway would answer 500. */
  aborted = false;
  /** Rendering ended because the payload could not be parsed. */
  payloadError = false;
  readonly used = new Map<string, unknown>();
  private reported = new Set<string>();

  constructor(
    private readonly template: string,
    readonly globals: Map<string, JValue>,
    private readonly limits: InterpreterLimits,
    private readonly tracked: Set<string>,
  ) {
    this.source = template;
  }

  /** Renders the template; errors are collected in `errors`. */
  run(): string {
    const parsed = parseTemplate(this.template);
    const problem = velocityParseError(parsed);
    if (problem) {
      this.errors.push({ kind: problem.reason === 'internal' ? 'limit' : 'syntax', message: problem.message, offset: problem.offset, length: problem.length });
      this.aborted = true;
      return '';
    }
    try {
      this.collectMacros(parsed.nodes, this.template);
      this.nodes(parsed.nodes);
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
      this.outBytes += utf8ByteLength(s);
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

  /** Runs fn with offsets pointing into `source`. */
  private within<T>(source: string, fn: () => T): T {
    const saved = this.source;
    this.source = source;
    try {
      return fn();
    } finally {
      this.source = saved;
    }
  }

  private text(span: Span): string {
    return this.source.slice(span.offset, span.offset + span.length);
  }

  /** Where an error at `at` is reported: there, or at the #evaluate whose string is running. */
  private position(at: Span | undefined): { offset?: number; length?: number } {
    const where = this.source === this.template ? at : this.evaluating;
    return where ? { offset: where.offset, length: where.length } : {};
  }

  private report(kind: ErrorKind, message: string, at?: Span): void {
    const position = this.position(at);
    const key = `${kind}|${message}|${position.offset}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.errors.length < 100) this.errors.push({ kind, message, ...position });
  }

  private fatal(kind: ErrorKind, message: string, at?: Span): never {
    throw new Abort({ kind, message, ...this.position(at) });
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

  /** Velocity defines macros when it parses a template, wherever they sit. */
  private collectMacros(nodes: readonly VtlNode[], source: string): void {
    for (const n of nodes) {
      if (n.type !== 'directive') continue;
      if (n.name === 'macro' && !n.macroCall && n.args[0]?.type === 'word') {
        const params = n.args.slice(1).flatMap((a) => (a.type === 'reference' ? [a.name] : []));
        this.macros.set(n.args[0].name, { definition: n, params, source });
      }
      if (n.body) this.collectMacros(n.body, source);
      for (const b of n.branches ?? []) this.collectMacros(b.body ?? [], source);
    }
  }

  // ---- statements
  private nodes(nodes: readonly VtlNode[]): void {
    for (const n of nodes) this.node(n);
  }

  private node(n: VtlNode): void {
    this.tick();
    switch (n.type) {
      case 'text':
        this.emit(n.output ?? this.text(n));
        return;
      case 'comment':
        return;
      case 'unparsed':
        this.emit(this.source.slice(n.offset + 3, n.offset + n.length - 3));
        return;
      case 'escaped':
        this.escaped(n);
        return;
      case 'reference':
        this.out(n);
        return;
      case 'directive':
        this.directive(n);
        return;
    }
  }

  private directive(d: DirectiveNode): void {
    if (d.macroCall) {
      this.callMacro(d);
      return;
    }
    switch (d.name) {
      case 'set':
        if (d.target && d.value) this.set(d.target, d.value);
        return;
      case 'if':
        if (this.condition(d)) {
          this.nodes(d.body ?? []);
          return;
        }
        for (const b of d.branches ?? []) {
          if (b.name === 'else' || this.condition(b)) {
            this.nodes(b.body ?? []);
            return;
          }
        }
        return;
      case 'foreach':
        this.foreach(d);
        return;
      case 'break':
        throw new BreakSignal(this.loopDepth > 0);
      case 'stop':
        throw new Abort(null);
      case 'define': {
        if (!d.target) return;
        const body = d.body ?? [];
        const source = this.source;
        this.assign(d.target.name, new JBlock(() => this.nested(d, () => this.within(source, () => this.capture(() => this.nodes(body))))));
        return;
      }
      case 'evaluate':
        this.evaluate(d);
        return;
      case 'parse':
      case 'include':
        this.fatal('runtime', `#${d.name} is not available in API Gateway mapping templates (there are no template files to load)`, d);
      // #macro was collected before rendering; #else/#elseif/#end never stand alone in a template without errors
    }
  }

  private condition(d: DirectiveNode): boolean {
    return d.args[0] ? this.test(d.args[0]) : false;
  }

  /**
   * An expression as a condition (`#if`, `!`, `&&`, `||`). Velocity 1.7 tests references, comparisons and booleans;
   * any other literal (`#if("x")`, `#if(1)`, `#if([])`) is false, though `#if($x)` holding the same value is true.
   */
  private test(e: Expression): boolean {
    switch (e.type) {
      case 'string':
      case 'number':
      case 'list':
      case 'map':
      case 'range':
      case 'word':
        return false;
      case 'group':
        return e.expression ? this.test(e.expression) : false;
      case 'unary':
        if (e.operator === '!') return e.operand ? !this.test(e.operand) : true;
        return truthy(this.expr(e));
      case 'binary':
        if (e.operator === '&&') return this.test(e.left) && !!e.right && this.test(e.right);
        if (e.operator === '||') return this.test(e.left) || (!!e.right && this.test(e.right));
        return truthy(this.expr(e));
      default:
        return truthy(this.expr(e));
    }
  }

  private nested<T>(at: Span, fn: () => T): T {
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

  private out(ref: ReferenceNode): void {
    const v = this.ref(ref);
    // API Gateway renders a null reference as nothing, $x and $!x alike (recorded: input-path-formatting/empty-body)
    if (v === null) return;
    this.emit(this.print(v));
  }

  /** `\$ref` prints as written after half the backslashes, and one more when the reference is null (Velocity 1.7). */
  private escaped(n: EscapedNode): void {
    const half = '\\'.repeat((n.backslashes - 1) / 2);
    if (!n.reference) {
      this.emit(half + this.source.slice(n.offset + n.backslashes, n.offset + n.length));
      return;
    }
    const v = this.ref(n.reference);
    this.emit((v === null ? half + '\\' : half) + this.text(n.reference));
  }

  print(v: JValue): string {
    return this.str(javaString(v, { tick: (size) => this.tick(size) }));
  }

  private set(target: ReferenceNode, valueExpr: Expression): void {
    const value = materialize(this.expr(valueExpr));
    const parts = target.parts;
    if (parts.length === 0) {
      // Velocity 1.7: a #set whose right side is null leaves the variable as it was
      if (value === null) return;
      this.assign(target.name, value);
      return;
    }
    const base = this.walk(target, parts.length - 1);
    const last = parts[parts.length - 1];
    if (base === null) {
      this.report('runtime', `#set: ${this.written(target, parts.length - 1)} is null, so nothing was set`, target);
      return;
    }
    if (last.kind === 'method') {
      this.report('runtime', '#set cannot assign to a method call; nothing was set', Interpreter.at(last));
      return;
    }
    if (last.kind === 'property' && FORBIDDEN_MEMBERS.has(last.name)) {
      this.report('security', `'${last.name}' is not accessible from a template`, Interpreter.at(last));
      return;
    }
    const key: JValue = last.kind === 'property' ? last.name : last.index ? this.expr(last.index) : null;
    if (base instanceof JMap) {
      base.set(mapKey(key), value);
      return;
    }
    if (base instanceof JList && typeof key === 'number') {
      const i = key < 0 ? base.items.length + key : key;
      if (i >= 0 && i < base.items.length) base.items[i] = value;
      else this.report('runtime', `#set: index ${key} is outside the list (size ${base.items.length})`, Interpreter.at(last));
      return;
    }
    this.report('runtime', `#set: cannot set '${javaString(key)}' on a ${typeName(base)}`, Interpreter.at(last));
  }

  private foreach(d: DirectiveNode): void {
    if (!d.target || !d.value) return;
    const varName = d.target.name;
    const iterable = this.expr(d.value);
    let items: Iterable<JValue>;
    let size: number;
    if (iterable instanceof RangeValue) {
      items = iterable.values();
      size = iterable.size;
    } else if (iterable instanceof JList) {
      items = iterable.items.slice();
      size = iterable.items.length;
    } else if (iterable instanceof JMap) {
      items = [...iterable.values()];
      size = iterable.size;
    } else {
      if (iterable !== null) this.report('runtime', `#foreach over a ${typeName(iterable)}: only lists, maps and ranges can be iterated`, d.value);
      return;
    }
    const body = d.body ?? [];
    const saved = { v: this.lookup(varName), fe: this.lookup('foreach'), vc: this.lookup('velocityCount') };
    const state = new ForeachState(size, (saved.fe ?? null) as JValue);
    this.loopDepth++;
    try {
      let count = 0;
      for (const item of items) {
        if (count >= this.limits.maxForeach) {
          this.report('limit', `#foreach stopped after ${this.limits.maxForeach.toLocaleString('en-US')} iterations (API Gateway's limit); ${size - count} item(s) were not processed`, d);
          break;
        }
        this.tick();
        state.index = count;
        this.assign(varName, item === null ? undefined : item);
        this.assign('foreach', new JObject(state));
        this.assign('velocityCount', count + 1);
        count++;
        try {
          this.nodes(body);
        } catch (e) {
          if (e instanceof BreakSignal) break;
          throw e;
        }
      }
    } finally {
      this.loopDepth--;
      this.assign(varName, saved.v);
      this.assign('foreach', saved.fe);
      this.assign('velocityCount', saved.vc);
    }
  }

  private evaluate(d: DirectiveNode): void {
    const value = d.args.length ? this.expr(d.args[0]) : null;
    if (value === null) return;
    const text = javaString(value);
    this.nested(d, () => {
      const parsed = parseTemplate(text, { macros: this.macros.keys() });
      const problem = velocityParseError(parsed);
      if (problem) this.fatal('syntax', `#evaluate: ${problem.message}`, d);
      this.collectMacros(parsed.nodes, text);
      const outer = this.evaluating;
      if (this.source === this.template) this.evaluating = d;
      try {
        this.within(text, () => this.nodes(parsed.nodes));
      } catch (e) {
        if (e instanceof Abort && e.error && e.error.offset !== undefined && !e.error.message.startsWith('#evaluate: ')) {
          throw new Abort({ ...e.error, message: `#evaluate: ${e.error.message}` });
        }
        throw e;
      } finally {
        this.evaluating = outer;
      }
    });
  }

  private callMacro(d: DirectiveNode): void {
    const macro = this.macros.get(d.name);
    if (!macro) {
      // Velocity prints a call of a macro it does not know as written
      this.emit(this.source.slice(d.offset, d.end ? d.end.offset + d.end.length : d.offset + d.length));
      return;
    }
    const args = d.args.map((a) => materialize(this.expr(a)));
    const callerSource = this.source;
    const block = d.body;
    this.nested(d, () => {
      const frame = new Map<string, JValue>();
      macro.params.forEach((p, i) => frame.set(p, i < args.length ? args[i] : null));
      // `#@name(...) body #end`: the macro prints the body with $bodyContent
      if (block) frame.set('bodyContent', new JBlock(() => this.nested(d, () => this.within(callerSource, () => this.capture(() => this.nodes(block))))));
      this.frames.push(frame);
      try {
        this.within(macro.source, () => this.nodes(macro.definition.body ?? []));
      } catch (e) {
        if (!(e instanceof BreakSignal) || e.inForeach) throw e;
      } finally {
        this.frames.pop();
      }
    });
  }

  // ---- references
  /** `$a.b.c` as written up to `parts` parts, for messages. */
  private written(r: ReferenceNode, parts: number): string {
    const last = parts === 0 ? undefined : r.parts[parts - 1];
    const end = last ? last.offset + last.length : r.nameOffset + r.name.length;
    return this.source.slice(r.offset, end).replace(/^\$!?\{?/, '$');
  }

  ref(r: ReferenceNode): JValue {
    const v = this.walk(r, r.parts.length);
    if (this.tracked.has(r.name)) {
      const name = this.text(r).replace(/^\$!?\{?/, '').replace(/\}$/, '');
      if (!this.used.has(name) && this.used.size < 500) this.used.set(name, v instanceof JBlock ? '(block)' : toPlain(v));
    }
    return v;
  }

  /** Where a part's runtime error is shown: `.name(...)` with its dot, `[index]`. */
  private static at(part: ReferencePart): Span {
    return part.kind === 'index' ? part : { offset: part.offset - 1, length: part.length + 1 };
  }

  private walk(r: ReferenceNode, upto: number): JValue {
    let cur: JValue = this.lookup(r.name) ?? null;
    for (let i = 0; i < upto; i++) {
      const part = r.parts[i];
      this.tick();
      if (part.kind === 'index') {
        const key = part.index ? this.expr(part.index) : null;
        if (cur === null) return null;
        if (cur instanceof JList) {
          const idx = typeof key === 'number' ? key : typeof key === 'string' && NUMERIC_INT.test(key) ? Number(key) : NaN;
          if (!Number.isInteger(idx)) {
            this.report('runtime', `list index must be a number, got ${typeName(key)}`, Interpreter.at(part));
            return null;
          }
          const j: number = idx < 0 ? cur.items.length + idx : idx;
          cur = j >= 0 && j < cur.items.length ? cur.items[j] : null;
        } else if (cur instanceof JMap) {
          cur = cur.get(mapKey(key)) ?? null;
        } else if (cur instanceof JObject) {
          cur = cur.host.prop(javaString(key)) ?? null;
        } else {
          return null;
        }
        continue;
      }
      if (FORBIDDEN_MEMBERS.has(part.name)) {
        this.report('security', `'${part.name}' is not accessible from a template (no reflection or host objects)`, Interpreter.at(part));
        return null;
      }
      if (part.kind === 'property') {
        if (cur === null) return null;
        const owner: JValue = cur;
        cur = this.guard(Interpreter.at(part), (): JValue | undefined => getProperty(owner, part.name)) ?? null;
        continue;
      }
      const args = part.args.map((a) => materialize(this.expr(a)));
      if (cur === null) return null;
      const target: JValue = cur;
      const result: JValue | undefined = this.guard(Interpreter.at(part), () => callMethod(target, part.name, args, this));
      if (result === undefined) {
        this.report('runtime', `${typeName(target)} has no method ${part.name}(${args.map((a) => typeName(a)).join(', ')}) available to templates`, Interpreter.at(part));
        return null;
      }
      cur = result;
    }
    return cur;
  }

  private guard<T>(at: Span, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof JavaException) this.fatal('runtime', `${e.message} (Velocity stops with a MethodInvocationException; API Gateway answers 500)`, at);
      if (e instanceof RegexError) this.fatal(e.security ? 'security' : 'runtime', e.message, at);
      if (e instanceof PayloadError) this.payloadError = true;
      if (e instanceof JsonPathError || e instanceof HostError) this.fatal('runtime', e.message, at);
      throw e;
    }
  }

  // ---- expressions
  expr(e: Expression): JValue {
    this.tick();
    switch (e.type) {
      case 'reference':
        return this.ref(e);
      case 'string': {
        const parts = e.parts;
        if (!parts) return e.value;
        return this.str(this.capture(() => this.nodes(parts)));
      }
      case 'number':
        return e.floating ? new JDouble(e.value) : e.value;
      case 'boolean':
        return e.value;
      case 'list':
        return new JList(e.items.map((x) => materialize(this.expr(x))));
      case 'map': {
        // insertion order, as Velocity 1.7 prints a map literal (recorded: velocity17Renders.ts, {b=1, a=2})
        const m = new JMap();
        for (const { key, value } of e.entries) m.set(mapKey(this.expr(key)), value ? materialize(this.expr(value)) : null);
        return m;
      }
      case 'range': {
        if (!e.to) return null;
        const from = this.int(this.expr(e.from), e.from);
        const to = this.int(this.expr(e.to), e.to);
        if (from === null || to === null) return null;
        return new RangeValue(from, to, this);
      }
      case 'unary': {
        if (e.operator === '!') return this.test(e);
        const v = e.operand ? this.expr(e.operand) : null;
        // (the parser reports a unary minus as an error; kept so the evaluator covers the whole tree)
        if (typeof v === 'number') return -v;
        if (v instanceof JDouble) return new JDouble(-v.v);
        this.report('runtime', `cannot negate a ${typeName(v)}`, e);
        return null;
      }
      case 'group':
        return e.expression ? this.expr(e.expression) : null;
      case 'binary':
        return this.binary(e);
      case 'word':
        // a bare word as a method argument: Velocity 1.7 passes null
        return null;
    }
  }

  private int(v: JValue, at: Span): number | null {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && NUMERIC_INT.test(v.trim())) return Number(v.trim());
    this.report('runtime', `range bounds must be integers, got ${typeName(v)}`, at);
    return null;
  }

  private binary(e: BinaryExpression): JValue {
    const right = e.right;
    if (e.operator === '&&' || e.operator === '||') return this.test(e);
    let l = this.expr(e.left);
    let r = right ? this.expr(right) : null;
    if (l instanceof RangeValue) l = l.toList();
    if (r instanceof RangeValue) r = r.toList();
    switch (e.operator) {
      case '==':
        return velocityEquals(l, r);
      case '!=':
        return !velocityEquals(l, r);
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (!isNumber(l) || !isNumber(r)) {
          this.report('runtime', `'${e.operator}' compares numbers only (got ${typeName(l)} and ${typeName(r)}); the comparison is false`, e);
          return false;
        }
        const x = numValue(l);
        const y = numValue(r);
        return e.operator === '<' ? x < y : e.operator === '>' ? x > y : e.operator === '<=' ? x <= y : x >= y;
      }
      case '+':
        if (typeof l === 'string' || typeof r === 'string') {
          // Velocity writes a null operand as the reference it came from
          const ls = l === null ? this.text(e.left) : javaString(l);
          const rs = r === null ? (right ? this.text(right) : '') : javaString(r);
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

  private arith(e: BinaryExpression, l: JValue, r: JValue): JValue {
    if (!isNumber(l) || !isNumber(r)) {
      this.report('runtime', `'${e.operator}' needs numbers (got ${typeName(l)} and ${typeName(r)}); the result is null`, e);
      return null;
    }
    const dbl = l instanceof JDouble || r instanceof JDouble;
    const x = numValue(l);
    const y = numValue(r);
    if ((e.operator === '/' || e.operator === '%') && y === 0 && !dbl) {
      this.report('runtime', `division by zero; the result is null`, e);
      return null;
    }
    let v: number;
    switch (e.operator) {
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
