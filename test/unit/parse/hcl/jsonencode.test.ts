/**
 * jsonencode() as Terraform renders it (server/src/service/parse/hcl/jsonencode.ts). Evidence: Terraform docs,
 * language/functions/jsonencode ("outputs a minified representation"; `<`, `>`, `&`, U+2028, U+2029 as
 * `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`); zclconf/go-cty cty/json/marshal.go (object attributes
 * sorted with sort.Strings, numbers with big.Float Text('f', -1), strings through encoding/json).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  attributeOf, blocksOf, formatNumber, HclExpression, parseHcl, renderJsonencode, fileOffsetAt, templateOffsetAt,
} from '../../../../server/src/service/parse/hcl';

function argOf(text: string): HclExpression {
  const file = parseHcl(text);
  assert.deepEqual(file.problems, []);
  const v = (file.body.items[0] as { value: HclExpression }).value;
  assert.ok(v.type === 'call' && v.name.value === 'jsonencode');
  return v.args[0];
}

describe('jsonencode()', () => {
  it('is minified, as the docs example shows', () => {
    const text = 'a = jsonencode({"hello"="world"})\n';
    assert.equal(renderJsonencode(text, argOf(text)).text, '{"hello":"world"}');
  });

  it('writes object attributes in sorted order (cty), tuples in order, and scalars as cty does', () => {
    const text = 'a = jsonencode({ b = [1, 2.5, -3, true, null], a = { z = "x", y = 1e3 }, "A" = 0.000001 })\n';
    assert.equal(renderJsonencode(text, argOf(text)).text, '{"A":0.000001,"a":{"y":1000,"z":"x"},"b":[1,2.5,-3,true,null]}');
    assert.equal(formatNumber(1e21), '1000000000000000000000');
    assert.equal(formatNumber(1.5e-7), '0.00000015');
  });

  it('escapes <, >, & and U+2028 as \\u003c \\u003e \\u0026 \\u2028, and quotes and controls as encoding/json', () => {
    const text = 'a = jsonencode({ t = "Action=SendMessage&MessageBody=<$input.body>\\u2028\\"\\n" })\n';
    assert.equal(renderJsonencode(text, argOf(text)).text, '{"t":"Action=SendMessage\\u0026MessageBody=\\u003c$input.body\\u003e\\u2028\\"\\n"}');
  });

  it('makes values Terraform computes holes: null for a whole value, nothing inside a string', () => {
    const text = 'a = jsonencode({ StreamName = aws_kinesis_stream.s.name, Data = "p-${var.x}-$util.base64Encode($input.body)" })\n';
    const r = renderJsonencode(text, argOf(text));
    assert.equal(r.text, '{"Data":"p--$util.base64Encode($input.body)","StreamName":null}');
    assert.deepEqual(r.holes.map((h) => [r.text.slice(0, h.templateOffset).length, h.templateLength, text.slice(h.expression.offset, h.expression.offset + h.expression.length)]), [[11, 0, 'var.x'], [r.text.indexOf('null'), 4, 'aws_kinesis_stream.s.name']]);
  });

  it('maps the characters of a mapping template inside an OpenAPI body back into the .tf file, both ways', () => {
    // aws-samples/serverless-patterns apigw-dynamodb-terraform: body = jsonencode({ ... "requestTemplates": { "application/json": "{\"TableName\"...$context.requestId..." } })
    const file = path.join(__dirname, '..', '..', '..', '..', '..', 'test', 'terraform', 'corpus', 'aws-samples__serverless-patterns', 'apigw-dynamodb-terraform', 'main.tf');
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseHcl(text);
    const api = blocksOf(parsed.body, 'resource', 'aws_api_gateway_rest_api')[0];
    const body = attributeOf(api.body, 'body')!.value;
    assert.ok(body.type === 'call');
    const json = renderJsonencode(text, body.args[0]);
    const doc = JSON.parse(json.text) as { paths: Record<string, { post?: { 'x-amazon-apigateway-integration': { requestTemplates: Record<string, string> } } }> };
    const template = doc.paths['/pets'].post!['x-amazon-apigateway-integration'].requestTemplates['application/json'];
    assert.ok(template.startsWith('{"TableName":"Pets","Item":{"id":{"S":"$context.requestId"}'));
    // The JSON text holds the template escaped again; its $context.requestId maps to the one in the file.
    const inJson = json.text.indexOf('$context.requestId');
    const inFile = text.indexOf('$context.requestId');
    assert.equal(fileOffsetAt(json, inJson), inFile);
    assert.equal(fileOffsetAt(json, inJson + '$context.'.length), inFile + '$context.'.length);
    assert.equal(templateOffsetAt(json, inFile), inJson);
    // An escaped quote: \" in the file is one " in the template, \" again in the JSON text.
    const quoteInJson = json.text.indexOf('\\"TableName');
    assert.equal(fileOffsetAt(json, quoteInJson), text.indexOf('\\"TableName'));
  });
});
