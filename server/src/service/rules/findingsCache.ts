/**
 * Findings of a unit (an integration, a mapping template) kept from one validation of a document to the next.
 * The incremental parser keeps the node objects of text an edit did not touch, so a unit whose node is the same
 * object, whose anchor is the same object, and whose signature (what its rules read besides the node) is equal
 * has the same findings: they move with the anchor instead of being computed again.
 */
import type { Finding } from './finding';

interface Entry {
  readonly signature: string;
  readonly anchor: { readonly offset: number };
  /** The anchor's offset when the findings were computed. */
  readonly base: number;
  readonly findings: readonly Finding[];
}

export class FindingsCache {
  private readonly namespaces = new Map<string, WeakMap<object, Entry>>();
  /** How many times a unit's findings were reused (tests check that reuse happens at all). */
  reused = 0;

  /**
   * The findings of `unit` for one rule family (`namespace`), from the cache or from `compute`. They are kept
   * only when they and their fixes lie inside `bounds`, text that moves as one piece with `anchor`.
   */
  unit(namespace: string, unit: object, anchor: { readonly offset: number }, bounds: { readonly offset: number; readonly length: number }, signature: string, compute: () => Finding[]): readonly Finding[] {
    let entries = this.namespaces.get(namespace);
    if (!entries) this.namespaces.set(namespace, (entries = new WeakMap()));
    const entry = entries.get(unit);
    if (entry && entry.signature === signature && entry.anchor === anchor) {
      this.reused++;
      const delta = anchor.offset - entry.base;
      if (delta === 0) return entry.findings;
      // Moved once: kept at the new place, so the next validation finds them there.
      const findings = entry.findings.map((f) => moved(f, delta));
      entries.set(unit, { signature, anchor, base: anchor.offset, findings });
      return findings;
    }
    const findings = compute();
    const end = bounds.offset + bounds.length;
    const inside = (offset: number) => offset >= bounds.offset && offset <= end;
    if (findings.every((f) => inside(f.offset) && (f.fixes ?? []).every((fix) => fix.edits.every((e) => inside(e.offset))))) {
      entries.set(unit, { signature, anchor, base: anchor.offset, findings });
    }
    return findings;
  }
}

/** Written out rather than spread: V8 builds `{ ...finding }` objects slowly, and a large file moves thousands. */
function moved(finding: Finding, delta: number): Finding {
  return {
    code: finding.code,
    offset: finding.offset + delta,
    length: finding.length,
    message: finding.message,
    severity: finding.severity,
    fixes: finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, offset: e.offset + delta })) })),
  };
}
