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

/**
 * Past this many (position in a, position in b) pairs the answer is "may match": real ARNs and actions are at
 * most a few thousand characters (IAM's limits); a damaged file's 100,000-character ARN is not worth a warning.
 */
const MAX_PAIRS = 20_000_000;

/** Whether some string fits both patterns (`*`, `?` and holes are wildcards on either side). */
export function mayIntersect(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_PAIRS) return true;
  const many = (c: string | undefined) => c === '*' || c === HOLE;
  // fits(i, j): some string fits both a[i..] and b[j..]. Row by row from the ends (no recursion: the texts may
  // be long), `next` holding row i + 1 and `row` row i.
  let next = new Uint8Array(m + 1);
  let row = new Uint8Array(m + 1);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let result: boolean;
      if (i === n && j === m) result = true;
      else if (i < n && many(a[i])) result = next[j] === 1 || (j < m && row[j + 1] === 1);
      else if (j < m && many(b[j])) result = row[j + 1] === 1 || (i < n && next[j] === 1);
      else if (i < n && j < m && (a[i] === '?' || b[j] === '?' || a[i] === b[j])) result = next[j + 1] === 1;
      else result = false;
      row[j] = result ? 1 : 0;
    }
    [next, row] = [row, next];
  }
  return next[0] === 1;
}

/** `*` alone, or a whole service (`sqs:*`). */
export function isBroadAction(pattern: string): boolean {
  return pattern === '*' || /^[a-z0-9-]+:\*$/i.test(pattern);
}
