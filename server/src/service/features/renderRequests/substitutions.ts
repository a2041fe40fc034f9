/**
 * CloudFormation fills `${Name}` in an `Fn::Sub` template before API Gateway sees it; we cannot know the value, so
 * the preview shows it as written. How, depends on where it sits (found with the VTL parser, on the text with each
 * substitution masked by digits as the diagnostics read it):
 * - in template text or a double-quoted string: wrapped in Velocity's unparsed-content markers `#[[ ]]#`;
 * - in a single-quoted string or a comment: left alone (Velocity prints it as written);
 * - as a value in a directive or call (`#set($n = ${Count})`): a single-quoted string `'${Count}'`, so that the
 *   template stays valid, as the editor reads it.
 * Error offsets in the protected text map back to the decoded template.
 */
import type { EmbeddedTemplate } from '../../sourceMap';
import type { TemplateSubstitution } from '../../vtl';
import { parseTemplate } from '../../vtl';
import type { RenderError } from '../../render';

type Protection = readonly [open: string, close: string];

const UNPARSED: Protection = ['#[[', ']]#'];
const AS_WRITTEN: Protection = ['', ''];
const QUOTED: Protection = ["'", "'"];

interface Typed {
  type: string;
  offset: number;
  length: number;
  quote?: string;
}

/** The innermost syntax node around each substitution. */
function protections(text: string, subs: readonly TemplateSubstitution[]): Protection[] {
  let masked = '';
  let last = 0;
  for (const s of subs) {
    masked += text.slice(last, s.offset) + '0'.repeat(s.length);
    last = s.offset + s.length;
  }
  masked += text.slice(last);
  const template = parseTemplate(masked);
  const innermost: (Typed | undefined)[] = subs.map(() => undefined);
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      x.forEach(visit);
      return;
    }
    const node = x as Partial<Typed>;
    if (typeof node.type === 'string' && typeof node.offset === 'number' && typeof node.length === 'number') {
      subs.forEach((s, i) => {
        const inside = node.offset! <= s.offset && s.offset + s.length <= node.offset! + node.length!;
        if (inside && (innermost[i] === undefined || node.length! <= innermost[i]!.length)) innermost[i] = node as Typed;
      });
    }
    for (const v of Object.values(x)) if (v && typeof v === 'object') visit(v);
  };
  visit(template.nodes);
  return innermost.map((node) => {
    switch (node?.type) {
      case 'comment':
      case 'unparsed':
        return AS_WRITTEN;
      case 'string':
        return node.quote === "'" ? AS_WRITTEN : UNPARSED;
      case 'number':
        return QUOTED;
      default:
        return UNPARSED;
    }
  });
}

export function protectSubstitutions(decoded: EmbeddedTemplate): { text: string; toDecoded(e: RenderError): RenderError } {
  const subs = [...decoded.substitutions].sort((a, b) => a.offset - b.offset);
  if (!subs.length) return { text: decoded.text, toDecoded: (e) => e };
  const kinds = protections(decoded.text, subs);
  let text = '';
  let last = 0;
  subs.forEach((sub, i) => {
    const [open, close] = kinds[i];
    text += decoded.text.slice(last, sub.offset) + open + decoded.text.slice(sub.offset, sub.offset + sub.length) + close;
    last = sub.offset + sub.length;
  });
  text += decoded.text.slice(last);
  const back = (offset: number): number => {
    let shift = 0;
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      const [open, close] = kinds[i];
      const start = sub.offset + shift; // where the protected substitution begins in the new text
      if (offset < start) break;
      if (offset < start + open.length + sub.length + close.length) return Math.min(Math.max(offset - shift - open.length, sub.offset), sub.offset + sub.length);
      shift += open.length + close.length;
    }
    return offset - shift;
  };
  return {
    text,
    toDecoded(e) {
      if (e.offset === undefined) return e;
      const start = back(e.offset);
      const end = back(e.offset + (e.length ?? 0));
      const before = decoded.text.slice(0, start);
      const line = before.split('\n').length;
      return { ...e, offset: start, length: Math.max(0, end - start), line, column: start - (before.lastIndexOf('\n') + 1) + 1 };
    },
  };
}
