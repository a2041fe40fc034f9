/** Caret fixtures: `'$input.|'` → the text without `|` and the caret offset (exactly one `|` allowed). */
export function caret(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf('|');
  if (offset < 0 || fixture.indexOf('|', offset + 1) >= 0) throw new Error(`caret fixture needs exactly one |: ${fixture}`);
  return { text: fixture.slice(0, offset) + fixture.slice(offset + 1), offset };
}
