/**
 * IAM wildcards (`*`, `?`) over text that may hold deploy-time holes. A hole stands for any text, so two patterns
 * "may match" when some string fits both: that is what the permission checks ask when either side is partly
 * unknown.
 */
import { HOLE } from '../../model/integrationUri';

/** Whether `value` (no wildcards, holes allowed) fits the IAM `pattern` (case-insensitive, as action names are). */
export function actionMatches(pattern: string, action: string): boolean | undefined {
  if (pattern.includes(HOLE)) return undefined;
  return mayIntersect(pattern.toLowerCase(), action.toLowerCase());
}

/** Whether some string fits both patterns (`*`, `?` and holes are wildcards on either side). */
export function mayIntersect(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const n = a.length;
  const m = b.length;
  const many = (c: string | undefined) => c === '*' || c === HOLE;
  const go = (i: number, j: number): boolean => {
    const key = i * (m + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (i === n && j === m) result = true;
    else if (i < n && many(a[i])) result = go(i + 1, j) || (j < m && go(i, j + 1));
    else if (j < m && many(b[j])) result = go(i, j + 1) || (i < n && go(i + 1, j));
    else if (i < n && j < m && (a[i] === '?' || b[j] === '?' || a[i] === b[j])) result = go(i + 1, j + 1);
    else result = false;
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** `*` alone, or a whole service (`sqs:*`). */
export function isBroadAction(pattern: string): boolean {
  return pattern === '*' || /^[a-z0-9-]+:\*$/i.test(pattern);
}
