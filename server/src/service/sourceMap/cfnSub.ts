/**
 * CloudFormation `Fn::Sub` over a decoded template.
 *
 * CloudFormation replaces every `${Name}` (a parameter, a logical id, `Res.Attr`, an `AWS::` pseudo parameter or a
 * key of the optional variables map) before API Gateway ever sees the template, and turns `${!Literal}` into the
 * literal `${Literal}`. For VTL analysis the substitutions stay in the text verbatim and are listed separately;
 * `${!X}` becomes `${X}`, its `!` dropped so that `${X}` maps onto `${!X}` in the file.
 */

/** A CloudFormation `${Name}` in template offsets: `offset`/`length` cover the whole `${...}`. */
export interface TemplateSubstitution {
  /** The text between `${` and `}`, trimmed. */
  name: string;
  offset: number;
  length: number;
}

export interface SubResult {
  text: string;
  starts: number[];
  ends: number[];
  substitutions: TemplateSubstitution[];
}

export function applySub(text: string, starts: readonly number[], ends: readonly number[]): SubResult {
  const out: string[] = [];
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  const substitutions: TemplateSubstitution[] = [];
  const keep = (i: number) => {
    out.push(text[i]);
    outStarts.push(starts[i]);
    outEnds.push(ends[i]);
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === '$' && text[i + 1] === '{') {
      if (text[i + 2] === '!') {
        // `${!X}` is the literal `${X}`: keep `${`, drop the `!`.
        keep(i);
        keep(i + 1);
        i += 3;
        continue;
      }
      const close = text.indexOf('}', i + 2);
      if (close >= 0) {
        substitutions.push({ name: text.slice(i + 2, close).trim(), offset: out.length, length: close + 1 - i });
        for (let k = i; k <= close; k++) keep(k);
        i = close + 1;
        continue;
      }
    }
    keep(i);
    i++;
  }
  return { text: out.join(''), starts: outStarts, ends: outEnds, substitutions };
}
