/**
 * Shrinks a failing document while it still fails the same way (delta debugging: drop chunks of lines, then of
 * characters, halving the chunk size). A caret offset, when the failure is at one, moves with the text.
 */
export interface Failing {
  readonly text: string;
  readonly offset?: number;
}

export function minimize(input: Failing, stillFails: (candidate: Failing) => boolean, maxTries = 1500): Failing {
  let best = input;
  let tries = 0;
  const attempt = (candidate: Failing): boolean => {
    if (tries >= maxTries) return false;
    tries++;
    try {
      return stillFails(candidate);
    } catch {
      return false;
    }
  };

  const pass = (units: (text: string) => number[]) => {
    // `units` gives the boundaries (start offsets) of the pieces the text is cut into.
    let starts = units(best.text);
    let chunk = Math.max(1, Math.floor(starts.length / 2));
    while (chunk >= 1 && tries < maxTries) {
      let removed = false;
      for (let i = 0; i < starts.length && tries < maxTries; i += chunk) {
        const from = starts[i];
        const to = i + chunk < starts.length ? starts[i + chunk] : best.text.length;
        if (to <= from) continue;
        const text = best.text.slice(0, from) + best.text.slice(to);
        let offset = best.offset;
        if (offset !== undefined) offset = offset >= to ? offset - (to - from) : offset > from ? from : offset;
        const candidate = { text, offset };
        if (attempt(candidate)) {
          best = candidate;
          removed = true;
          starts = units(best.text);
          i -= chunk;
        }
      }
      if (!removed) chunk = Math.floor(chunk / 2);
    }
  };

  const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((o, i, all) => i === 0 || o !== all[i - 1]);
  const charStarts = (text: string) => Array.from({ length: text.length }, (_, i) => i);
  pass(lineStarts);
  if (best.text.length <= 4000) pass(charStarts);
  return best;
}
