/** Levenshtein distance, case-insensitive: enough for "did you mean" on short keys and enum values. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length];
}

/** The closest candidates within a distance that grows with the word's length. */
export function closest(word: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.max(1, Math.min(max, Math.floor(word.length / 3)));
  return candidates
    // Lengths further apart than the limit cannot be within it: skip them (a damaged file's 100 KB "name" took
    // seconds per candidate; fuzz seed 71 document 12905).
    .filter((candidate) => Math.abs(candidate.length - word.length) <= limit)
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance)
    .map((c) => c.candidate);
}

export function didYouMean(suggestions: readonly string[]): string {
  if (!suggestions.length) return '';
  return ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?`;
}
