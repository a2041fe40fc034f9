// The Java-like value model every template value lives in. Templates never see a JavaScript object:
// only these classes, strings, numbers, booleans and null, so no prototype or constructor is reachable.
//
// How API Gateway prints values (recorded against AWS, see ../shared/corpus/vtl-golden): $input.path returns
// Jayway JsonPath results built by json-smart, i.e. objects are java.util.LinkedHashMap (printed `{a=b, c=d}`)
// and arrays are net.minidev.json.JSONArray (printed as compact JSON `[{"a":"b"}]`).

/** A Java Double (or BigDecimal when `raw` keeps the exact digits). Plain JS numbers are Java Integer/Long. */
export class JDouble {
  constructor(readonly v: number, readonly raw?: string) {}
}

export type JKey = string | number | boolean | null;

/**
 * How a Java map iterates (and so prints): `linked` is a LinkedHashMap (json-smart's objects, $input.params()),
 * `hash` a java.util.HashMap ($context and its groups — recorded: localstack sqs-amz-json/context-keyset-and-groups
 * lists $context.keySet() in HashMap order —, Velocity 1.7's map literals), `treeCI` a TreeMap with
 * String.CASE_INSENSITIVE_ORDER (the header map of $input.params(): user reports print it sorted without regard
 * to case; lookups ignore case).
 */
export type MapKind = 'linked' | 'hash' | 'treeCI';

export class JMap {
  private readonly store = new Map<JKey, JValue>();
  /** A HashMap's table size: 16, doubled whenever the size passes three quarters of it (never shrinks). */
  private capacity = 16;
  private ordered: [JKey, JValue][] | undefined;

  /** `silent`: prints as an empty string (API Gateway's $context groups, recorded). */
  constructor(
    readonly kind: MapKind = 'linked',
    readonly silent = false,
  ) {}

  static from(entries: Iterable<[JKey, JValue]>, kind: MapKind = 'linked', silent = false): JMap {
    const map = new JMap(kind, silent);
    for (const [k, v] of entries) map.set(k, v);
    return map;
  }

  get size(): number {
    return this.store.size;
  }

  private key(k: JKey): JKey {
    if (this.kind !== 'treeCI' || typeof k !== 'string' || this.store.has(k)) return k;
    for (const existing of this.store.keys()) if (typeof existing === 'string' && caseInsensitiveCompare(existing, k) === 0) return existing;
    return k;
  }

  get(k: JKey): JValue | undefined {
    return this.store.get(this.key(k));
  }

  has(k: JKey): boolean {
    return this.store.has(this.key(k));
  }

  set(k: JKey, v: JValue): void {
    const key = this.key(k);
    if (!this.store.has(key)) {
      this.ordered = undefined;
      if (this.store.size + 1 > this.capacity * 0.75) this.capacity *= 2;
    } else if (this.ordered) {
      const i = this.ordered.findIndex(([x]) => x === key);
      if (i >= 0) this.ordered[i] = [key, v];
    }
    this.store.set(key, v);
  }

  delete(k: JKey): boolean {
    this.ordered = undefined;
    return this.store.delete(this.key(k));
  }

  clear(): void {
    this.ordered = undefined;
    this.store.clear();
  }

  /** The entries in the order the Java map iterates them. */
  entries(): [JKey, JValue][] {
    if (this.ordered) return this.ordered;
    const all = [...this.store.entries()];
    if (this.kind === 'hash') {
      const mask = this.capacity - 1;
      const bucket = all.map(([k], i) => ({ b: spread(javaHashCode(k)) & mask, i }));
      bucket.sort((x, y) => x.b - y.b || x.i - y.i);
      this.ordered = bucket.map(({ i }) => all[i]);
    } else if (this.kind === 'treeCI') {
      this.ordered = all.sort(([a], [b]) => caseInsensitiveCompare(String(a), String(b)));
    } else this.ordered = all;
    return this.ordered;
  }

  keys(): JKey[] {
    return this.entries().map(([k]) => k);
  }

  values(): JValue[] {
    return this.entries().map(([, v]) => v);
  }
}

/** Java's hashCode of a map key: String.hashCode, Integer/Long, Boolean; null sits in bucket 0. */
export function javaHashCode(k: JKey): number {
  if (k === null) return 0;
  if (typeof k === 'boolean') return k ? 1231 : 1237;
  if (typeof k === 'number') {
    if (Number.isInteger(k) && Math.abs(k) <= 2147483647) return k | 0;
    if (Number.isSafeInteger(k)) {
      const big = BigInt.asUintN(64, BigInt(k));
      return Number(BigInt.asIntN(32, big ^ (big >> 32n)));
    }
    return javaHashCode(String(k));
  }
  let h = 0;
  for (let i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
  return h;
}

/** HashMap.hash: the high half folded into the low. */
function spread(h: number): number {
  return (h ^ (h >>> 16)) >>> 0;
}

/** String.CASE_INSENSITIVE_ORDER. */
export function caseInsensitiveCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let c1 = a[i];
    let c2 = b[i];
    if (c1 === c2) continue;
    c1 = c1.toUpperCase();
    c2 = c2.toUpperCase();
    if (c1 === c2) continue;
    c1 = c1.toLowerCase();
    c2 = c2.toLowerCase();
    if (c1 !== c2) return c1.charCodeAt(0) - c2.charCodeAt(0);
  }
  return a.length - b.length;
}

/** A java.util.List. `json` marks a json-smart JSONArray, whose toString() is compact JSON. */
export class JList {
  constructor(readonly items: JValue[] = [], readonly json = false) {}
}

/** A Map.Entry from entrySet(). */
export class JEntry {
  constructor(readonly map: JMap, readonly key: JKey) {}
}

/** A native object exposed to templates ($input, $util): only `call`/`prop` reach it, by whitelist. */
export interface JHost {
  readonly hostName: string;
  prop(name: string): JValue | undefined;
  call(name: string, args: JValue[]): JValue | undefined;
}
export class JObject {
  constructor(readonly host: JHost) {}
}

/** A #define block: rendered when referenced. */
export class JBlock {
  constructor(readonly render: () => string) {}
}

export type JValue = null | string | number | bigint | boolean | JDouble | JMap | JList | JEntry | JObject | JBlock;

export function isNumber(v: JValue): v is number | bigint | JDouble {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JDouble;
}

export function numValue(v: number | bigint | JDouble): number {
  return v instanceof JDouble ? v.v : Number(v);
}

export function typeName(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isSafeInteger(v) && Math.abs(v) <= 2147483647 ? 'Integer' : 'Long';
  if (typeof v === 'bigint') return 'BigInteger';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof JDouble) return v.raw ? 'BigDecimal' : 'Double';
  if (v instanceof JMap) return 'Map';
  if (v instanceof JList) return 'List';
  if (v instanceof JEntry) return 'Map.Entry';
  if (v instanceof JObject) return v.host.hostName;
  return 'Block';
}

/** Java's Double.toString: plain notation for 1e-3 <= |d| < 1e7, otherwise computerized scientific. */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant, exp] = d.toExponential().split('e');
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

export interface PrintGuard {
  /** Called for every element printed, so huge or cyclic structures stay bounded. */
  tick(size: number): void;
}
const noGuard: PrintGuard = { tick() {} };

/** Java's String.valueOf(value) for the values templates can reach. */
export function javaString(v: JValue, guard: PrintGuard = noGuard, seen: Set<object> = new Set()): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : javaDouble(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof JDouble) return v.raw ?? javaDouble(v.v);
  if (v instanceof JBlock) return v.render();
  if (v instanceof JObject) return v.host.hostName;
  if (v instanceof JEntry) return `${javaString(v.key, guard, seen)}=${javaString(v.map.get(v.key) ?? null, guard, seen)}`;
  if (v instanceof JList && v.json) return jsonSmart(v, guard);
  if (seen.has(v)) return v instanceof JMap ? '(this Map)' : '(this Collection)';
  seen.add(v);
  try {
    if (v instanceof JList) {
      guard.tick(v.items.length);
      return `[${v.items.map((x) => javaString(x, guard, seen)).join(', ')}]`;
    }
    if (v.silent) return '';
    guard.tick(v.size);
    const parts: string[] = [];
    for (const [k, x] of v.entries()) parts.push(`${javaString(k, guard, seen)}=${javaString(x, guard, seen)}`);
    return `{${parts.join(', ')}}`;
  } finally {
    seen.delete(v);
  }
}

/** json-smart's JSONValue.toJSONString with its default style (NO_COMPRESS escapes `/` as `\/`). */
export function jsonSmart(v: JValue, guard: PrintGuard = noGuard, escapeSlash = true, depth = 0): string {
  if (depth > 512) throw new RangeError('structure nested too deeply to print');
  if (v === null) return 'null';
  if (typeof v === 'string') return jsonQuote(v, escapeSlash);
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || v instanceof JDouble) {
    if (v instanceof JDouble && !Number.isFinite(v.v)) return 'null';
    return javaString(v);
  }
  if (v instanceof JList) {
    guard.tick(v.items.length);
    return `[${v.items.map((x) => jsonSmart(x, guard, escapeSlash, depth + 1)).join(',')}]`;
  }
  if (v instanceof JMap) {
    guard.tick(v.size);
    const parts: string[] = [];
    for (const [k, x] of v.entries()) parts.push(`${jsonQuote(javaString(k), escapeSlash)}:${jsonSmart(x, guard, escapeSlash, depth + 1)}`);
    return `{${parts.join(',')}}`;
  }
  return jsonQuote(javaString(v, guard), escapeSlash);
}

function jsonQuote(s: string, escapeSlash: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '/' && escapeSlash) out += '\\/';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (escapeSlash && c >= 0x2000 && c <= 0x20ff)) {
      out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return out + '"';
}

/** Converts plain data (from a sample request, $context defaults) into template values. */
export function fromPlain(v: unknown, json = true, depth = 0): JValue {
  if (depth > 256) return null;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? v : new JDouble(v);
  if (Array.isArray(v)) return new JList(v.map((x) => fromPlain(x, json, depth + 1)), json);
  if (typeof v === 'object') {
    const map = new JMap();
    for (const k of Object.keys(v as object)) map.set(k, fromPlain((v as Record<string, unknown>)[k], json, depth + 1));
    return map;
  }
  return null;
}

/** Converts a template value back to plain data (for overrides, JSON output, tests). */
export function toPlain(v: JValue, depth = 0): unknown {
  if (depth > 256) return null;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof JDouble) return v.v;
  if (v instanceof JList) return v.items.map((x) => toPlain(x, depth + 1));
  if (v instanceof JMap) {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, x] of v.entries()) out[String(k)] = toPlain(x, depth + 1);
    return out;
  }
  return javaString(v);
}
