/**
 * The tolerant HCL2 parser (server/src/service/parse/hcl): exact offsets for blocks, attributes and
 * expressions, and the recoveries for a file being typed. Grammar: hashicorp/hcl hclsyntax/spec.md.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  attributeOf, blocksOf, forEachNode, HclBlock, HclExpression, HclFile, parseHcl, resourceReference, staticString,
  traversalOf,
} from '../../../../server/src/service/parse/hcl';
import { fixture } from '../../../helpers/fixtures';

function spanText(text: string, n: { offset: number; length: number }): string {
  return text.slice(n.offset, n.offset + n.length);
}

function only(file: HclFile): HclBlock {
  const blocks = file.body.items.filter((i): i is HclBlock => i.type === 'block');
  assert.equal(blocks.length, 1);
  return blocks[0];
}

function value(file: HclFile, block: number, name: string): HclExpression {
  const b = file.body.items[block];
  assert.equal(b.type, 'block');
  const a = attributeOf((b as HclBlock).body, name);
  assert.ok(a, `attribute ${name}`);
  return a.value;
}

/** Every node lies inside the text and inside its parent. */
function assertWellFormed(text: string, file: HclFile): void {
  const check = (n: { offset: number; length: number }, outer: { offset: number; length: number }) => {
    assert.ok(n.offset >= 0 && n.length >= 0 && n.offset + n.length <= text.length, `span ${n.offset}+${n.length} in ${text.length}`);
    assert.ok(n.offset >= outer.offset && n.offset + n.length <= outer.offset + outer.length, `span ${n.offset}+${n.length} inside ${outer.offset}+${outer.length}`);
  };
  forEachNode(file.body, (n) => check(n, { offset: 0, length: text.length }));
  for (const item of file.body.items) forEachNode(item, (n) => check(n, item));
  for (const p of file.problems) assert.ok(p.offset >= 0 && p.offset + p.length <= text.length);
}

describe('HCL blocks and attributes', () => {
  it('gives each block, label and attribute its exact range', () => {
    const { text, ranges } = fixture('«resource» «"aws_api_gateway_integration"» «"post"» {\n  «type» = «"AWS"»\n  «http_method» = «aws_api_gateway_method.post.http_method»\n}\n');
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const b = only(file);
    const [type, l1, l2, typeName, typeValue, methodName, methodValue] = ranges;
    assert.deepEqual([b.blockType.offset, b.blockType.length], [type.start, type.end - type.start]);
    assert.deepEqual(b.labels.map((l) => [l.offset, l.offset + l.length, l.value, l.quoted]), [[l1.start, l1.end, 'aws_api_gateway_integration', true], [l2.start, l2.end, 'post', true]]);
    const t = attributeOf(b.body, 'type')!;
    assert.deepEqual([t.name.offset, t.name.offset + t.name.length, t.value.offset, t.value.offset + t.value.length], [typeName.start, typeName.end, typeValue.start, typeValue.end]);
    assert.equal(staticString(text, t.value), 'AWS');
    const m = attributeOf(b.body, 'http_method')!;
    assert.deepEqual([m.name.offset, m.value.offset, m.value.offset + m.value.length], [methodName.start, methodValue.start, methodValue.end]);
    assert.ok(b.closed);
    assert.equal(spanText(text, b), text.slice(0, text.lastIndexOf('}') + 1));
  });

  it('reads nested blocks, one-line blocks, unquoted labels and comments of all three kinds', () => {
    const text = [
      '# a comment', 'resource "aws_lambda_permission" "p" { // trailing', '  for_each = var.functions', '  lifecycle { create_before_destroy = true }',
      '  dynamic "x" {', '    /* block', '       comment */ for_each = []', '    content {}', '  }', '}', 'locals { a = 1 }', 'provider aws {}', '',
    ].join('\n');
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.body.items.map((i) => (i.type === 'block' ? `${i.blockType.value}:${i.labels.map((l) => l.value).join(',')}` : i.name.value)), ['resource:aws_lambda_permission,p', 'locals:', 'provider:aws']);
    const body = (file.body.items[0] as HclBlock).body;
    assert.deepEqual(body.items.map((i) => (i.type === 'block' ? i.blockType.value : i.name.value)), ['for_each', 'lifecycle', 'dynamic']);
    const lifecycle = blocksOf(body, 'lifecycle')[0];
    assert.equal(attributeOf(lifecycle.body, 'create_before_destroy')?.value.type, 'literal');
    assert.equal(blocksOf(body, 'dynamic', 'x')[0].body.items.length, 2);
  });
});

describe('HCL expressions', () => {
  it('resolves traversals to resource references, through count/for_each indexes and splats', () => {
    const text = 'x {\n  a = aws_lambda_function.f.invoke_arn\n  b = aws_api_gateway_method.m[each.key].http_method\n  c = data.aws_iam_policy_document.p.json\n  d = var.region\n  e = aws_sqs_queue.q[0].name\n  f = aws_instance.w.*.id\n  g = aws_instance.w[*].id\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const ref = (n: string) => { const t = traversalOf(value(file, 0, n)); return t && resourceReference(t); };
    assert.deepEqual(ref('a'), { mode: 'managed', type: 'aws_lambda_function', name: 'f', attribute: ['invoke_arn'] });
    assert.deepEqual(ref('b'), { mode: 'managed', type: 'aws_api_gateway_method', name: 'm', attribute: ['http_method'] });
    assert.deepEqual(ref('c'), { mode: 'data', type: 'aws_iam_policy_document', name: 'p', attribute: ['json'] });
    assert.equal(ref('d'), undefined, 'var.region is a deploy-time hole, not a resource');
    assert.deepEqual(ref('e')?.attribute, ['name']);
    assert.deepEqual(traversalOf(value(file, 0, 'f'))?.steps, [{ name: 'w' }, { splat: true }, { name: 'id' }]);
    assert.deepEqual(traversalOf(value(file, 0, 'g'))?.steps, [{ name: 'w' }, { splat: true }, { name: 'id' }]);
    const b = value(file, 0, 'b');
    assert.equal(spanText(text, b), 'aws_api_gateway_method.m[each.key].http_method');
  });

  it('reads jsonencode(), templatefile() and file() calls with their arguments', () => {
    const text = 'resource "aws_api_gateway_rest_api" "r" {\n  body = jsonencode({\n    openapi = "3.0.1"\n    "x-amazon-apigateway-integration" = { type = "aws", requestTemplates = { "application/json" = "$input.body" } }\n  })\n}\nlocals {\n  t = templatefile("${path.module}/req.vtl", { table = aws_dynamodb_table.t.name })\n  f = file("./resp.vtl")\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const body = value(file, 0, 'body');
    assert.ok(body.type === 'call' && body.name.value === 'jsonencode' && body.closed);
    const obj = body.args[0];
    assert.ok(obj.type === 'object');
    assert.deepEqual(obj.items.map((i) => (i.key.type === 'variable' ? i.key.name : staticString(text, i.key))), ['openapi', 'x-amazon-apigateway-integration']);
    const t = value(file, 1, 't');
    assert.ok(t.type === 'call' && t.name.value === 'templatefile' && t.args.length === 2);
    assert.equal(t.args[0].type, 'template');
    assert.equal(spanText(text, t.args[0]), '"${path.module}/req.vtl"');
    const f = value(file, 1, 'f');
    assert.ok(f.type === 'call' && staticString(text, f.args[0]) === './resp.vtl');
  });

  it('reads for expressions, conditionals, precedence and provider functions', () => {
    const text = 'x {\n  for_each = { for k, v in var.routes : k => v if v.enabled }\n  l = [for r in var.routes : upper(r)]\n  c = var.proxy ? "AWS_PROXY" : "AWS"\n  p = 1 + 2 * 3 == 7 && !false\n  n = provider::aws::arn_parse(var.arn)\n  g = { for k, v in var.m : v => k... }\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const fe = value(file, 0, 'for_each');
    assert.ok(fe.type === 'for' && fe.object && fe.closed && fe.key && fe.condition);
    assert.deepEqual(fe.variables.map((v) => v.value), ['k', 'v']);
    const l = value(file, 0, 'l');
    assert.ok(l.type === 'for' && !l.object && l.key === undefined);
    const c = value(file, 0, 'c');
    assert.ok(c.type === 'conditional' && staticString(text, c.then) === 'AWS_PROXY' && staticString(text, c.else) === 'AWS');
    const p = value(file, 0, 'p');
    assert.ok(p.type === 'binary' && p.operator === '&&');
    assert.ok(p.left.type === 'binary' && p.left.operator === '==');
    assert.ok(p.left.left.type === 'binary' && p.left.left.operator === '+' && p.left.left.right.type === 'binary' && p.left.left.right.operator === '*');
    const n = value(file, 0, 'n');
    assert.ok(n.type === 'call' && n.name.value === 'provider::aws::arn_parse');
    const g = value(file, 0, 'g');
    assert.ok(g.type === 'for' && g.grouping);
  });

  it('keeps newlines inside brackets and calls as whitespace, and ends an attribute at the end of its line', () => {
    const text = 'x {\n  a = merge(\n    var.a,\n    { b = 1,\n      c = 2 }\n  )\n  d = [\n    1,\n    2\n  ]\n  e = 3\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    assert.deepEqual((file.body.items[0] as HclBlock).body.items.map((i) => i.type === 'attribute' && i.name.value), ['a', 'd', 'e']);
  });
});

describe('HCL templates', () => {
  it('gives a quoted template its interpolations and directives, and leaves $${ and %%{ literal', () => {
    const { text, ranges } = fixture('a = "arn:aws:apigateway:«${var.region}»:lambda:path/$${x}/«%{ if true }»y«%{ endif }»/%%{z}"\n');
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const t = (file.body.items[0] as { value: HclExpression }).value;
    assert.ok(t.type === 'template' && t.kind === 'quoted' && t.closed);
    const holes = t.parts.filter((p) => p.type !== 'text');
    assert.deepEqual(holes.map((h) => [h.offset, h.offset + h.length]), ranges.map((r) => [r.start, r.end]));
    assert.deepEqual(holes.map((h) => (h.type === 'directive' ? h.keyword : 'interpolation')), ['interpolation', 'if', 'endif']);
    assert.equal(t.contentOffset, text.indexOf('"') + 1);
    assert.equal(t.contentEnd, text.lastIndexOf('"'));
  });

  it('finds a heredoc\'s content and its closing marker (indented, with trailing spaces)', () => {
    const { text, ranges } = fixture('a = <<-EOF\n«    #set($x = $input.path(\'$\'))\n    {"id": "${var.id}"}\n»    EOF   \nb = 1\n');
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const t = (file.body.items[0] as { value: HclExpression }).value;
    assert.ok(t.type === 'template' && t.kind === 'heredoc' && t.flush && t.marker === 'EOF' && t.closed);
    assert.deepEqual([t.contentOffset, t.contentEnd], [ranges[0].start, ranges[0].end]);
    assert.equal(file.body.items.length, 2);
  });

  it('reads several heredocs on one line of request_templates in order', () => {
    const text = 'r {\n  request_templates = {\n    "application/json" = <<EOF\n{"a": 1}\nEOF\n    "application/xml" = <<XML\n<a/>\nXML\n  }\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.problems, []);
    const o = value(file, 0, 'request_templates');
    assert.ok(o.type === 'object');
    assert.deepEqual(o.items.map((i) => [staticString(text, i.key), staticString(text, i.value)]), [['application/json', '{"a": 1}\n'], ['application/xml', '<a/>\n']]);
  });
});

describe('HCL files being typed', () => {
  it('ends an unclosed quoted string at the end of its line (Terraform: "Invalid multi-line string")', () => {
    const text = 'resource "a" "b" {\n  x = "abc\n  y = 2\n}\nresource "c" "d" { z = 1 }\n';
    const file = parseHcl(text);
    assert.equal(file.body.items.length, 2);
    const b = file.body.items[0] as HclBlock;
    assert.deepEqual(b.body.items.map((i) => i.type === 'attribute' && i.name.value), ['x', 'y']);
    const x = attributeOf(b.body, 'x')!.value;
    assert.ok(x.type === 'template' && !x.closed);
    assert.ok(file.problems.some((p) => p.offset === text.indexOf('"abc') && /not closed/.test(p.message)));
    assertWellFormed(text, file);
  });

  it('ends a heredoc with no closing marker before the next top-level block', () => {
    const text = 'resource "a" "b" {\n  t = <<EOF\n  $input.body\n  y = 2\n}\n\nresource "c" "d" {\n  z = 1\n}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.body.items.map((i) => i.type === 'block' && i.labels[1]?.value), ['b', 'd']);
    const d = file.body.items[1] as HclBlock;
    assert.ok(d.closed);
    assert.equal(attributeOf(d.body, 'z')?.value.type, 'literal');
    assert.ok(file.problems.some((p) => /no closing line EOF/.test(p.message)));
    assertWellFormed(text, file);
  });

  it('closes a block missing its } before the next top-level block', () => {
    const text = 'resource "a" "b" {\n  x = {\n  y = 2\n\nresource "c" "d" { z = 1 }\ndata "e" "f" {}\n';
    const file = parseHcl(text);
    assert.deepEqual(file.body.items.map((i) => i.type === 'block' && `${i.blockType.value}.${i.labels[1]?.value}:${i.closed}`), ['resource.b:false', 'resource.d:true', 'data.f:true']);
    assertWellFormed(text, file);
  });

  it('gives "name =" with nothing after it a missing value, and reads the next line', () => {
    const text = 'resource "a" "b" {\n  x =\n  y = 2\n}\n';
    const file = parseHcl(text);
    const b = only(file);
    const x = attributeOf(b.body, 'x')!;
    assert.equal(x.value.type, 'missing');
    assert.equal(x.value.offset, text.indexOf('=') + 1);
    assert.equal(attributeOf(b.body, 'y')?.value.type, 'literal');
    assert.ok(b.closed);
  });

  it('reads an unclosed ${ in a quoted string up to the end of its line', () => {
    const text = 'resource "a" "b" {\n  x = "a${var.x"\n  y = "ok"\n}\n';
    const file = parseHcl(text);
    const b = only(file);
    assert.equal(staticString(text, attributeOf(b.body, 'y')!.value), 'ok');
    assert.ok(b.closed);
    assertWellFormed(text, file);
  });

  it('keeps the object being typed (a trailing dot, a key without a value)', () => {
    const text = 'resource "a" "b" {\n  uri = aws_lambda_function.\n  request_templates = {\n    "application/json" =\n  }\n}\n';
    const file = parseHcl(text);
    const b = only(file);
    const uri = attributeOf(b.body, 'uri')!.value;
    assert.ok(uri.type === 'getattr' && uri.name.value === '' && uri.object.type === 'variable');
    const rt = attributeOf(b.body, 'request_templates')!.value;
    assert.ok(rt.type === 'object' && rt.closed && rt.items.length === 1 && rt.items[0].value.type === 'missing');
    assert.ok(b.closed);
  });

  it('never throws on a real module cut at every offset, and every node stays inside the text', () => {
    const text = 'resource "aws_api_gateway_integration" "i" {\n  rest_api_id = aws_api_gateway_rest_api.api.id\n  type = "AWS"\n  uri = "arn:aws:apigateway:${var.region}:sqs:path/${local.account}/${aws_sqs_queue.q.name}"\n  request_templates = {\n    "application/json" = <<-EOF\n      Action=SendMessage&MessageBody=$util.urlEncode($input.body)\n      %{ if var.fifo }&MessageGroupId=1%{ endif }\n    EOF\n  }\n  request_parameters = { "integration.request.header.Content-Type" = "\'application/x-www-form-urlencoded\'" }\n}\nresource "aws_lambda_permission" "p" {\n  for_each = { for k, v in var.m : k => v }\n  source_arn = "${aws_api_gateway_rest_api.api.execution_arn}/*/*"\n}\n';
    assert.deepEqual(parseHcl(text).problems, []);
    for (let cut = 0; cut <= text.length; cut++) {
      const t = text.slice(0, cut);
      assertWellFormed(t, parseHcl(t));
      const gap = text.slice(0, cut) + text.slice(Math.min(text.length, cut + 7));
      assertWellFormed(gap, parseHcl(gap));
    }
  });

  it('never throws on random text made of the significant characters of HCL (seeded), and keeps every node inside it', () => {
    let seed = 0x9e3779b9;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const alphabet = ['resource', ' "a"', '{', '}', '[', ']', '(', ')', '=', '\n', ' ', 'x', '.', ',', ':', '?', '"', '${', '%{', '$${', '~', '<<EOF\n', '<<-EOF\n', 'EOF', '#', '//', '/*', '*/', '\\', 'for', ' in ', '=>', '...', '1.5e3', '!', '-', '&&', 'é', '\r\n'];
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = 1 + Math.floor(random() * 60);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      assertWellFormed(text, parseHcl(text));
    }
  });

  it('stops at its nesting budget with an analysis-limit problem instead of overflowing the stack', () => {
    const text = 'a = ' + '['.repeat(100_000) + '\n';
    const file = parseHcl(text);
    assert.ok(file.problems.some((p) => p.code === 'analysis-limit'));
    const unary = parseHcl('a = ' + '!'.repeat(100_000) + 'true\n');
    assert.ok(unary.problems.some((p) => p.code === 'analysis-limit'));
  });

  it('skips characters that start nothing, line by line, and says where', () => {
    const text = '@@@ nonsense\nresource "a" "b" {\n  ??? = 1\n  ok = true\n}\n';
    const file = parseHcl(text);
    const b = only(file);
    assert.equal(attributeOf(b.body, 'ok')?.value.type, 'literal');
    assert.deepEqual(file.problems.map((p) => spanText(text, p)), ['@@@ nonsense', '??? = 1']);
  });
});
