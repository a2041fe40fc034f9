// The whitelisted Java methods and bean properties a template may use on strings, numbers, lists and maps.
// Anything not listed here does not exist for a template: there is no path to a JavaScript object.
import { JBlock, JDouble, JEntry, JKey, JList, JMap, JObject, JValue, isNumber, javaString, numValue, typeName } from './values';
import { javaReplaceAll, javaSplit, compileJavaRegex } from '../util/javaRegex';
import { number as jsonNumber } from './json';
import { utf8Encode } from '../util/bytes';

/** A Java exception thrown by a method: rendering stops, as Velocity's MethodInvocationException does. */
export class JavaException extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super(`${javaClass}: ${message}`);
  }
}

/** Names that reach a JVM's reflection (or a JavaScript prototype): refused and reported as a security issue. */
export const FORBIDDEN_MEMBERS = new Set([
  'getClass', 'class', 'forName', 'newInstance', 'getClassLoader', 'classLoader', 'invoke', 'getMethod', 'getMethods',
  'getDeclaredMethod', 'getDeclaredField', 'getRuntime', 'exec', 'constructor', '__proto__', 'prototype',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', 'valueOf_', 'toLocaleString', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', 'wait', 'notify', 'notifyAll', 'finalize', 'clone',
]);

export interface MethodBudget {
  /** Charges work proportional to `size` (elements or characters). */
  tick(size?: number): void;
  /** Refuses strings larger than the output cap (string doubling bombs). */
  str(s: string): string;
}

const NOT_FOUND = undefined;

/** Velocity's map key from a value: JSON-ish maps are keyed by strings, literal maps may use other scalars. */
export function mapKey(v: JValue): JKey {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  return javaString(v);
}

export function javaEquals(a: JValue, b: JValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (isNumber(a) && isNumber(b)) {
    // Java's equals is type-strict (Integer 1 is not Double 1.0)
    if ((a instanceof JDouble) !== (b instanceof JDouble)) return false;
    return numValue(a) === numValue(b);
  }
  if (a instanceof JList && b instanceof JList) return a.items.length === b.items.length && a.items.every((x, i) => javaEquals(x, b.items[i]));
  if (a instanceof JMap && b instanceof JMap) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a.entries()) if (!b.has(k) || !javaEquals(v, b.get(k) ?? null)) return false;
    return true;
  }
  if (a instanceof JEntry && b instanceof JEntry) return a.key === b.key && javaEquals(a.map.get(a.key) ?? null, b.map.get(b.key) ?? null);
  return false;
}

function int(v: JValue, what = 'index'): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  if (v instanceof JDouble) return Math.trunc(v.v);
  throw new JavaException('java.lang.IllegalArgumentException', `${what} must be an integer, got ${typeName(v)}`);
}

function str(v: JValue): string {
  return v === null ? 'null' : javaString(v);
}

function strArg(v: JValue): string {
  if (v === null) throw new JavaException('java.lang.NullPointerException', 'argument is null');
  return javaString(v);
}

function bounds(i: number, size: number, what = 'Index'): void {
  if (i < 0 || i >= size) throw new JavaException('java.lang.IndexOutOfBoundsException', `${what}: ${i}, Size: ${size}`);
}

function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

export function parseJavaNumber(s: string, kind: 'int' | 'long' | 'double'): JValue {
  const t = kind === 'double' ? s.trim() : s;
  if (kind === 'double') {
    if (!/^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?)$/.test(t)) throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
    return new JDouble(Number(t.replace(/[dDfF]$/, '')));
  }
  if (!/^[+-]?\d+$/.test(t)) throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
  const n = BigInt(t);
  const max = kind === 'int' ? 2147483647n : 9223372036854775807n;
  if (n > max || n < -max - 1n) throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
  return Number(n) === Number(n) && Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

/** `$x.name` (a bean property): getName()/isName() or, for maps, get("name"). undefined = no such property. */
export function getProperty(target: JValue, name: string): JValue | undefined {
  if (target instanceof JMap) return target.has(name) ? (target.get(name) ?? null) : null;
  if (target instanceof JObject) return target.host.prop(name);
  if (target instanceof JEntry) {
    if (name === 'key') return target.key;
    if (name === 'value') return target.map.get(target.key) ?? null;
    return NOT_FOUND;
  }
  if (name === 'empty') {
    if (typeof target === 'string') return target.length === 0;
    if (target instanceof JList) return target.items.length === 0;
  }
  if (name === 'bytes' && typeof target === 'string') return new JList([...utf8Encode(target)].map((b) => (b > 127 ? b - 256 : b)));
  return NOT_FOUND;
}

/** Calls a whitelisted method. undefined = no such method for this target and arguments. */
export function callMethod(target: JValue, name: string, args: JValue[], budget: MethodBudget): JValue | undefined {
  if (target instanceof JObject) return target.host.call(name, args);
  if (typeof target === 'string') return stringMethod(target, name, args, budget);
  if (target instanceof JList) return listMethod(target, name, args, budget);
  if (target instanceof JMap) return mapMethod(target, name, args, budget);
  if (target instanceof JEntry) return entryMethod(target, name, args);
  if (isNumber(target)) return numberMethod(target, name, args);
  if (typeof target === 'boolean') {
    if (name === 'booleanValue' && args.length === 0) return target;
    if (name === 'toString' && args.length === 0) return String(target);
    if (name === 'equals' && args.length === 1) return target === args[0];
    if (name === 'hashCode' && args.length === 0) return target ? 1231 : 1237;
    return NOT_FOUND;
  }
  if (target instanceof JBlock && name === 'toString' && args.length === 0) return target.render();
  return NOT_FOUND;
}

function stringMethod(s: string, name: string, a: JValue[], budget: MethodBudget): JValue | undefined {
  const n = a.length;
  budget.tick(1 + (s.length >> 6));
  switch (name) {
    case 'length': return n === 0 ? s.length : NOT_FOUND;
    case 'isEmpty': return n === 0 ? s.length === 0 : NOT_FOUND;
    case 'isBlank': return n === 0 ? javaTrim(s).length === 0 && /^\s*$/.test(s) : NOT_FOUND;
    case 'toString': case 'intern': return n === 0 ? s : NOT_FOUND;
    case 'toLowerCase': return n <= 1 ? s.toLowerCase() : NOT_FOUND;
    case 'toUpperCase': return n <= 1 ? s.toUpperCase() : NOT_FOUND;
    case 'trim': return n === 0 ? javaTrim(s) : NOT_FOUND;
    case 'strip': return n === 0 ? s.trim() : NOT_FOUND;
    case 'hashCode': return n === 0 ? javaHash(s) : NOT_FOUND;
    case 'charAt': {
      if (n !== 1) return NOT_FOUND;
      const i = int(a[0]);
      if (i < 0 || i >= s.length) throw new JavaException('java.lang.StringIndexOutOfBoundsException', `index ${i}, length ${s.length}`);
      return s[i];
    }
    case 'contains': return n === 1 ? s.includes(strArg(a[0])) : NOT_FOUND;
    case 'equals': return n === 1 ? typeof a[0] === 'string' && a[0] === s : NOT_FOUND;
    case 'equalsIgnoreCase': return n === 1 ? typeof a[0] === 'string' && a[0].toLowerCase() === s.toLowerCase() : NOT_FOUND;
    case 'compareTo': case 'compareToIgnoreCase': {
      if (n !== 1) return NOT_FOUND;
      let x = s;
      let y = strArg(a[0]);
      if (name === 'compareToIgnoreCase') [x, y] = [x.toLowerCase(), y.toLowerCase()];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x.charCodeAt(i) - y.charCodeAt(i);
      return x.length - y.length;
    }
    case 'startsWith': {
      if (n === 1) return s.startsWith(strArg(a[0]));
      if (n === 2) return s.startsWith(strArg(a[0]), int(a[1]));
      return NOT_FOUND;
    }
    case 'endsWith': return n === 1 ? s.endsWith(strArg(a[0])) : NOT_FOUND;
    case 'indexOf': {
      if (n < 1 || n > 2) return NOT_FOUND;
      return s.indexOf(strArg(a[0]), n === 2 ? Math.max(0, int(a[1])) : 0);
    }
    case 'lastIndexOf': {
      if (n < 1 || n > 2) return NOT_FOUND;
      return n === 2 ? (int(a[1]) < 0 ? -1 : s.lastIndexOf(strArg(a[0]), int(a[1]))) : s.lastIndexOf(strArg(a[0]));
    }
    case 'substring': case 'subSequence': {
      if (n < 1 || n > 2) return NOT_FOUND;
      const b = int(a[0]);
      const e = n === 2 ? int(a[1]) : s.length;
      if (b < 0 || e > s.length || b > e) throw new JavaException('java.lang.StringIndexOutOfBoundsException', `begin ${b}, end ${e}, length ${s.length}`);
      return s.slice(b, e);
    }
    case 'concat': return n === 1 ? budget.str(s + strArg(a[0])) : NOT_FOUND;
    case 'replace': {
      if (n !== 2) return NOT_FOUND;
      const from = strArg(a[0]);
      const to = strArg(a[1]);
      if (from === '') return budget.str(to + [...s].join(to) + (s.length ? to : ''));
      return budget.str(s.split(from).join(to));
    }
    case 'replaceAll': return n === 2 ? budget.str(javaReplaceAll(s, strArg(a[0]), strArg(a[1]))) : NOT_FOUND;
    case 'replaceFirst': return n === 2 ? budget.str(javaReplaceAll(s, strArg(a[0]), strArg(a[1]), true)) : NOT_FOUND;
    case 'matches': return n === 1 ? compileJavaRegex(strArg(a[0]), '', true).test(s) : NOT_FOUND;
    case 'split': {
      if (n < 1 || n > 2) return NOT_FOUND;
      const parts = javaSplit(s, strArg(a[0]), n === 2 ? int(a[1]) : 0);
      budget.tick(parts.length);
      // String[] prints as an array identity in Java; Velocity lists it like a List for #foreach and size()
      return new JList(parts);
    }
    case 'toCharArray': return n === 0 ? new JList([...s]) : NOT_FOUND;
    case 'chars': return NOT_FOUND;
    case 'valueOf': return n === 1 ? str(a[0]) : NOT_FOUND;
    case 'format': return NOT_FOUND;
    default: return NOT_FOUND;
  }
}

function numberMethod(v: number | bigint | JDouble, name: string, a: JValue[]): JValue | undefined {
  const n = a.length;
  const x = numValue(v);
  switch (name) {
    case 'intValue': return n === 0 ? Math.trunc(x) | 0 : NOT_FOUND;
    case 'longValue': return n === 0 ? (typeof v === 'bigint' ? BigInt.asIntN(64, v) : Math.trunc(x)) : NOT_FOUND;
    case 'doubleValue': case 'floatValue': return n === 0 ? new JDouble(x) : NOT_FOUND;
    case 'toString': return n === 0 ? javaString(v) : NOT_FOUND;
    case 'equals': return n === 1 ? javaEquals(v, a[0]) : NOT_FOUND;
    case 'hashCode': return n === 0 ? (Number.isInteger(x) ? x | 0 : 0) : NOT_FOUND;
    case 'compareTo': return n === 1 && isNumber(a[0]) ? Math.sign(x - numValue(a[0])) : NOT_FOUND;
    // static methods reached through an instance, a common template idiom: #set($Integer = 0) $Integer.parseInt($s)
    case 'parseInt': return n === 1 ? parseJavaNumber(strArg(a[0]), 'int') : NOT_FOUND;
    case 'parseLong': return n === 1 ? parseJavaNumber(strArg(a[0]), 'long') : NOT_FOUND;
    case 'parseDouble': case 'parseFloat': return n === 1 ? parseJavaNumber(strArg(a[0]), 'double') : NOT_FOUND;
    case 'valueOf': {
      if (n !== 1) return NOT_FOUND;
      if (isNumber(a[0])) return a[0];
      return parseJavaNumber(strArg(a[0]), v instanceof JDouble ? 'double' : 'long');
    }
    case 'isNaN': return n === 0 && v instanceof JDouble ? Number.isNaN(x) : NOT_FOUND;
    default: return NOT_FOUND;
  }
}

function listMethod(l: JList, name: string, a: JValue[], budget: MethodBudget): JValue | undefined {
  const n = a.length;
  const items = l.items;
  switch (name) {
    case 'size': return n === 0 ? items.length : NOT_FOUND;
    case 'isEmpty': return n === 0 ? items.length === 0 : NOT_FOUND;
    case 'get': {
      if (n !== 1) return NOT_FOUND;
      const i = int(a[0]);
      bounds(i, items.length);
      return items[i];
    }
    case 'contains': budget.tick(items.length); return n === 1 ? items.some((x) => javaEquals(x, a[0])) : NOT_FOUND;
    case 'containsAll': {
      if (n !== 1 || !(a[0] instanceof JList)) return NOT_FOUND;
      budget.tick(items.length * a[0].items.length);
      return a[0].items.every((y) => items.some((x) => javaEquals(x, y)));
    }
    case 'indexOf': budget.tick(items.length); return n === 1 ? items.findIndex((x) => javaEquals(x, a[0])) : NOT_FOUND;
    case 'lastIndexOf': {
      if (n !== 1) return NOT_FOUND;
      budget.tick(items.length);
      for (let i = items.length - 1; i >= 0; i--) if (javaEquals(items[i], a[0])) return i;
      return -1;
    }
    case 'add': {
      budget.tick(1);
      if (n === 1) {
        items.push(a[0]);
        return true;
      }
      if (n === 2) {
        const i = int(a[0]);
        if (i < 0 || i > items.length) bounds(i, items.length);
        items.splice(i, 0, a[1]);
        return null;
      }
      return NOT_FOUND;
    }
    case 'addAll': {
      const src = a[n - 1];
      if ((n !== 1 && n !== 2) || !(src instanceof JList)) return NOT_FOUND;
      const copy = src.items.slice();
      budget.tick(copy.length);
      if (n === 1) for (const x of copy) items.push(x);
      else {
        const i = int(a[0]);
        if (i < 0 || i > items.length) bounds(i, items.length);
        const tail = items.splice(i);
        for (const x of copy) items.push(x);
        for (const x of tail) items.push(x);
      }
      return copy.length > 0;
    }
    case 'set': {
      if (n !== 2) return NOT_FOUND;
      const i = int(a[0]);
      bounds(i, items.length);
      const old = items[i];
      items[i] = a[1];
      return old;
    }
    case 'remove': {
      if (n !== 1) return NOT_FOUND;
      if (typeof a[0] === 'number' && Number.isInteger(a[0])) {
        bounds(a[0], items.length);
        return items.splice(a[0], 1)[0];
      }
      const i = items.findIndex((x) => javaEquals(x, a[0]));
      if (i >= 0) items.splice(i, 1);
      return i >= 0;
    }
    case 'clear': if (n !== 0) return NOT_FOUND; items.length = 0; return null;
    case 'subList': {
      if (n !== 2) return NOT_FOUND;
      const b = int(a[0]);
      const e = int(a[1]);
      if (b < 0 || e > items.length || b > e) throw new JavaException('java.lang.IndexOutOfBoundsException', `fromIndex ${b}, toIndex ${e}, size ${items.length}`);
      return new JList(items.slice(b, e), l.json);
    }
    case 'toString': return n === 0 ? javaString(l) : NOT_FOUND;
    case 'equals': return n === 1 ? javaEquals(l, a[0]) : NOT_FOUND;
    case 'toArray': return n === 0 ? new JList(items.slice()) : NOT_FOUND;
    case 'toJSONString': return n === 0 && l.json ? javaString(l) : NOT_FOUND;
    default: return NOT_FOUND;
  }
}

function mapMethod(m: JMap, name: string, a: JValue[], budget: MethodBudget): JValue | undefined {
  const n = a.length;
  const map = m;
  switch (name) {
    case 'get': return n === 1 ? (map.get(mapKey(a[0])) ?? null) : NOT_FOUND;
    case 'getOrDefault': return n === 2 ? (map.has(mapKey(a[0])) ? (map.get(mapKey(a[0])) ?? null) : a[1]) : NOT_FOUND;
    case 'put': {
      if (n !== 2) return NOT_FOUND;
      budget.tick(1);
      const k = mapKey(a[0]);
      const old = map.get(k) ?? null;
      map.set(k, a[1]);
      return old;
    }
    case 'putIfAbsent': {
      if (n !== 2) return NOT_FOUND;
      const k = mapKey(a[0]);
      const old = map.get(k) ?? null;
      if (old === null) map.set(k, a[1]);
      return old;
    }
    case 'putAll': {
      if (n !== 1 || !(a[0] instanceof JMap)) return NOT_FOUND;
      budget.tick(a[0].size);
      for (const [k, v] of a[0].entries()) map.set(k, v);
      return null;
    }
    case 'remove': {
      if (n !== 1) return NOT_FOUND;
      const k = mapKey(a[0]);
      const old = map.get(k) ?? null;
      map.delete(k);
      return old;
    }
    case 'containsKey': return n === 1 ? map.has(mapKey(a[0])) : NOT_FOUND;
    case 'containsValue': {
      if (n !== 1) return NOT_FOUND;
      budget.tick(map.size);
      for (const v of map.values()) if (javaEquals(v, a[0])) return true;
      return false;
    }
    case 'keySet': budget.tick(map.size); return n === 0 ? new JList([...map.keys()]) : NOT_FOUND;
    case 'values': budget.tick(map.size); return n === 0 ? new JList([...map.values()]) : NOT_FOUND;
    case 'entrySet': budget.tick(map.size); return n === 0 ? new JList([...map.keys()].map((k) => new JEntry(m, k))) : NOT_FOUND;
    case 'size': return n === 0 ? map.size : NOT_FOUND;
    case 'isEmpty': return n === 0 ? map.size === 0 : NOT_FOUND;
    case 'clear': if (n !== 0) return NOT_FOUND; map.clear(); return null;
    case 'toString': return n === 0 ? javaString(m) : NOT_FOUND;
    case 'equals': return n === 1 ? javaEquals(m, a[0]) : NOT_FOUND;
    default: return NOT_FOUND;
  }
}

function entryMethod(e: JEntry, name: string, a: JValue[]): JValue | undefined {
  switch (name) {
    case 'getKey': return a.length === 0 ? e.key : NOT_FOUND;
    case 'getValue': return a.length === 0 ? (e.map.get(e.key) ?? null) : NOT_FOUND;
    case 'setValue': {
      if (a.length !== 1) return NOT_FOUND;
      const old = e.map.get(e.key) ?? null;
      e.map.set(e.key, a[0]);
      return old;
    }
    case 'toString': return a.length === 0 ? javaString(e) : NOT_FOUND;
    default: return NOT_FOUND;
  }
}

export { jsonNumber };
