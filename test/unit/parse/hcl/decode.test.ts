/**
 * The text Terraform makes of a template (server/src/service/parse/hcl/decode.ts) and the map back into the file.
 * Evidence: hashicorp/hcl hclsyntax — parser.go ParseStringLiteralToken (escapes, $${ and %%{),
 * parser_template.go parseTemplateParts (strip markers) and flushHeredocTemplateParts (<<-), and the values
 * hashicorp/hcl itself gives for the corpus's templates (test/fixtures/hcl/hashicorp-templates.json, made with
 * @cdktf/hcl2json 0.21.0, the Go library compiled to wasm).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  decodeTemplate, forEachNode, HclExpression, HclTemplate, parseHcl, parseHclTemplate, fileOffsetAt, templateOffsetAt,
} from '../../../../server/src/service/parse/hcl';
import { fixture } from '../../../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..', '..', '..', '..');

function templateOf(text: string): HclTemplate {
  const file = parseHcl(text);
  assert.deepEqual(file.problems, []);
  const v = (file.body.items[0] as { value: HclExpression }).value;
  assert.equal(v.type, 'template');
  return v as HclTemplate;
}

describe('decoding a quoted template', () => {
  it('decodes HCL escapes and $${ / %%{, and maps every character both ways', () => {
    const text = 'a = "t\\tq\\"é\\u00e9\\U0001F600 $${x} %%{y} $z"\n';
    const d = decodeTemplate(text, templateOf(text));
    assert.equal(d.text, 't\tq"éé😀 ${x} %{y} $z');
    assert.deepEqual(d.problems, []);
    // text → file: the é of \u00e9 comes from the backslash; the ${ of $${ from its first $.
    assert.equal(fileOffsetAt(d, d.text.indexOf('éé') + 1), text.indexOf('\\u00e9'));
    assert.equal(fileOffsetAt(d, d.text.indexOf('${')), text.indexOf('$${'));
    assert.equal(fileOffsetAt(d, d.text.indexOf('x}') ), text.indexOf('x}'));
    assert.equal(fileOffsetAt(d, d.text.length), text.lastIndexOf('"'));
    // file → text, and back again, for every text offset of a 1:1 run.
    for (const seg of d.segments) {
      if (!seg.verbatim) {
        assert.equal(templateOffsetAt(d, seg.fileOffset + 1), seg.templateOffset, 'inside an escape: its start');
        continue;
      }
      for (let k = 0; k < seg.templateLength; k++) assert.equal(templateOffsetAt(d, fileOffsetAt(d, seg.templateOffset + k)!), seg.templateOffset + k);
    }
  });

  it('names an invalid escape and keeps the character after the backslash, as Terraform does', () => {
    const text = 'a = "x\\qy"\n';
    const d = decodeTemplate(text, templateOf(text));
    assert.equal(d.text, 'xqy');
    assert.deepEqual(d.problems.map((p) => [p.offset, p.length]), [[text.indexOf('\\q'), 2]]);
  });

  it('leaves ${ } and %{ } as zero-width holes at their place in the text', () => {
    const text = 'a = "arn:${var.p}:apigateway:${var.r}:lambda"\n';
    const d = decodeTemplate(text, templateOf(text));
    assert.equal(d.text, 'arn::apigateway::lambda');
    assert.deepEqual(d.holes.map((h) => [h.templateOffset, text.slice(h.part.offset, h.part.offset + h.part.length)]), [[4, '${var.p}'], [16, '${var.r}']]);
    assert.equal(templateOffsetAt(d, text.indexOf('var.p')), undefined, 'inside an interpolation: no text');
  });

  it('applies ~ strip markers to the neighbouring text only', () => {
    const text = 'a = "x  ${~ y ~}  z"\n';
    const d = decodeTemplate(text, templateOf(text));
    assert.equal(d.text, 'xz');
    assert.deepEqual(d.holes.map((h) => h.templateOffset), [1]);
  });
});

describe('decoding a template file (templatefile)', () => {
  it('keeps backslashes, turns $${ into ${, and leaves Terraform\'s ${ } and %{ } as holes', () => {
    const text = '#set($b = $util.parseJson($input.body))\n{"TableName": "${table}", "n": "\\n", "raw": "$${literal}"}\n%{ for k in keys }${k}%{ endfor }\n';
    const { template, problems } = parseHclTemplate(text);
    assert.deepEqual(problems, []);
    const d = decodeTemplate(text, template);
    assert.equal(d.text, '#set($b = $util.parseJson($input.body))\n{"TableName": "", "n": "\\n", "raw": "${literal}"}\n\n');
    assert.deepEqual(d.holes.map((h) => text.slice(h.part.offset, h.part.offset + h.part.length)), ['${table}', '%{ for k in keys }', '${k}', '%{ endfor }']);
    assert.equal(fileOffsetAt(d, d.text.indexOf('#set')), 0);
    assert.equal(fileOffsetAt(d, d.text.indexOf('${literal}')), text.indexOf('$${literal}'));
  });
});

describe('decoding a heredoc', () => {
  it('keeps a plain heredoc as written, backslashes included, with its last newline', () => {
    const text = 'a = <<EOF\n    {"a": "\\n"}\n  EOF\n';
    assert.equal(decodeTemplate(text, templateOf(text)).text, '    {"a": "\\n"}\n');
  });

  it('removes the smallest indentation of a <<- heredoc and maps each line to its source', () => {
    const { text, carets } = fixture('a = <<-EOT\n    |#set($x = 1)\n      |{"id": "$context.requestId"}\n    EOT\n');
    const d = decodeTemplate(text, templateOf(text));
    assert.equal(d.text, '#set($x = 1)\n  {"id": "$context.requestId"}\n');
    assert.equal(fileOffsetAt(d, 0), carets[0]);
    assert.equal(fileOffsetAt(d, d.text.indexOf('{')), carets[1]);
    assert.equal(templateOffsetAt(d, carets[1]), d.text.indexOf('{'));
    assert.equal(templateOffsetAt(d, carets[0] - 1), undefined, 'the stripped indentation stands for no text');
  });

  it('ignores whitespace-only lines when measuring, and keeps their spaces (flushHeredocTemplateParts)', () => {
    const text = 'a = <<-EOF\n    one\n      \n      two\n    EOF\n';
    assert.equal(decodeTemplate(text, templateOf(text)).text, 'one\n      \n  two\n');
  });

  it('strips nothing when a line starts with ${ at column 0, and measures an indented ${ by its spaces', () => {
    const col0 = 'a = <<-EOF\n    one\n${x}\n    two\n    EOF\n';
    assert.equal(decodeTemplate(col0, templateOf(col0)).text, '    one\n\n    two\n');
    const indented = 'a = <<-EOF\n    one\n    ${x} y\n      two\n    EOF\n';
    assert.equal(decodeTemplate(indented, templateOf(indented)).text, 'one\n y\n  two\n');
  });

  it('counts a tab as one character of indentation, and keeps CRLF line ends', () => {
    const tabs = 'a = <<-EOF\n\t\tone\n\t  two\nEOF\n';
    assert.equal(decodeTemplate(tabs, templateOf(tabs)).text, 'one\n two\n');
    const crlf = 'a = <<-EOF\r\n    one\r\n    two\r\n    EOF\r\n';
    assert.equal(decodeTemplate(crlf, templateOf(crlf)).text, 'one\r\ntwo\r\n');
  });

  it('gives what hashicorp/hcl gives for every heredoc, escaped string and interpolated template of the corpus', () => {
    const fixturePath = path.join(ROOT, 'test', 'fixtures', 'hcl', 'hashicorp-templates.json');
    const { templates } = JSON.parse(fs.readFileSync(fixturePath, 'utf8')) as { templates: { file: string; offset: number; hcl: string }[] };
    assert.ok(templates.length > 500);
    const byFile = new Map<string, { text: string; found: Map<number, HclTemplate> }>();
    const mismatches: string[] = [];
    for (const expected of templates) {
      let entry = byFile.get(expected.file);
      if (!entry) {
        const text = fs.readFileSync(path.join(ROOT, 'test', 'terraform', 'corpus', expected.file), 'utf8');
        const found = new Map<number, HclTemplate>();
        forEachNode(parseHcl(text).body, (n) => { if (n.type === 'template') found.set(n.offset, n); });
        byFile.set(expected.file, (entry = { text, found }));
      }
      const t = entry.found.get(expected.offset);
      assert.ok(t, `a template at ${expected.file}:${expected.offset}`);
      const d = decodeTemplate(entry.text, t);
      // hcl2json's form: literal ${ as $${, each interpolation as ${expression as written}.
      let rebuilt = '';
      let last = 0;
      const lit = (s: string) => s.replaceAll('${', '$${').replaceAll('%{', '%%{');
      for (const h of d.holes) {
        const e = h.part.type === 'interpolation' ? h.part.expression : undefined;
        rebuilt += lit(d.text.slice(last, h.templateOffset)) + '${' + (e ? entry.text.slice(e.offset, e.offset + e.length) : '') + '}';
        last = h.templateOffset;
      }
      rebuilt += lit(d.text.slice(last));
      if (rebuilt !== expected.hcl) mismatches.push(`${expected.file}:${expected.offset}`);
    }
    assert.deepEqual(mismatches, []);
  });
});
