import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateTemplate, VTL_CHECKS, type MappingContext, type TemplateDiagnostic } from '../../../server/src/service/vtl';

const at = (text: string, d: TemplateDiagnostic) => text.slice(d.offset, d.offset + d.length);

function codes(text: string, ctx: MappingContext = {}, code?: string): string[] {
  return validateTemplate(text, ctx)
    .filter((d) => !code || d.code === code)
    .map((d) => `${d.code}:${at(text, d)}`);
}

test('the catalogue lists every code with a severity and a description', () => {
  const names = VTL_CHECKS.map((d) => d.code);
  assert.equal(new Set(names).size, names.length);
  for (const d of VTL_CHECKS) assert.ok(/^vtl-[a-z-]+$/.test(d.code) && d.description.length > 10 && ['error', 'warning', 'information', 'hint'].includes(d.severity));
});

test('vtl-syntax: parser errors, with their own severity', () => {
  const text = '#if($a)\nx';
  const [d] = validateTemplate(text, {});
  assert.equal(d.code, 'vtl-syntax');
  assert.equal(d.severity, 'error');
  assert.equal(at(text, d), '#if');
  assert.match(d.message, /#end/);
  assert.equal(validateTemplate('a #* b', {})[0].severity, 'warning');
  assert.deepEqual(codes('#if($a)x#end'), []);
});

test('vtl-unknown-util-method and vtl-argument-count for $util', () => {
  assert.deepEqual(codes('$util.escapeJavascript($x)'), ['vtl-unknown-util-method:escapeJavascript']);
  const [typo] = validateTemplate('$util.escapeJavascript($x)', {});
  assert.match(typo.message, /Did you mean `escapeJavaScript`/);
  assert.deepEqual(typo.fix?.edits, [{ offset: 6, length: 16, newText: 'escapeJavaScript' }]);
  const [appsync] = validateTemplate('$util.toJson($x)', {});
  assert.match(appsync.message, /AppSync/);
  assert.deepEqual(codes('$util.base64Encode()'), ['vtl-argument-count:base64Encode()']);
  assert.deepEqual(codes('$util.urlEncode("a", "b")'), ['vtl-argument-count:urlEncode("a", "b")']);
  assert.deepEqual(codes('$util.parseJson'), ['vtl-unknown-util-method:parseJson']); // a method used as a property
  assert.deepEqual(codes('$util.escapeJavaScript($x).replaceAll("\\\\\'", "\'") $util.parseJson($input.body).a $util.urlDecode($util.urlEncode("a b"))'), []);
});

test('vtl-unknown-input-method, vtl-argument-count and vtl-input-body-property for $input', () => {
  assert.deepEqual(codes("$input.paths('$.a')"), ['vtl-unknown-input-method:paths']);
  assert.deepEqual(codes('$input.json()'), ['vtl-argument-count:json()']);
  assert.deepEqual(codes("$input.params('a', 'b')"), ["vtl-argument-count:params('a', 'b')"]);
  assert.deepEqual(codes('$input.body()'), ['vtl-unknown-input-method:body']);
  assert.deepEqual(codes('$input.path'), ['vtl-unknown-input-method:path']);
  const text = '#set($n = $input.body.name)';
  const [d] = validateTemplate(text, {});
  assert.equal(d.code, 'vtl-input-body-property');
  assert.equal(at(text, d), 'name');
  assert.deepEqual(d.fix?.edits, [{ offset: text.indexOf('body'), length: 'body.name'.length, newText: "path('$.name')" }]);
  assert.deepEqual(codes("$input.body $input.json('$') $input.path('$.a').b.size() $input.params() $input.params('id') $input.params().header.get('Accept')"), []);
});

test('vtl-unknown-context-variable: unknown names, with suggestions; open groups accept any key', () => {
  assert.deepEqual(codes('$context.requestID'), ['vtl-unknown-context-variable:requestID']);
  assert.match(validateTemplate('$context.requestID', {})[0].message, /requestId/);
  assert.deepEqual(codes('$context.identity.sourceIP'), ['vtl-unknown-context-variable:sourceIP']);
  assert.deepEqual(codes('$context.identity.clientCert.validity.notAfter $context.authorizer.claims.email $context.authorizer.myKey $context.authorizer.claims.get("cognito:groups")'), []);
  assert.deepEqual(codes('#set($context.requestOverride.header.X-Amz-Target = "x") $context.requestOverride.querystring.q'), []);
  assert.deepEqual(codes('$context.requestTimeEpoch.toString() $context.identity.keySet()'), []);
  // WebSocket variables: unknown in a REST API, fine in a WebSocket API or when the kind is unknown.
  assert.deepEqual(codes('$context.connectionId', { apiKind: 'rest' }), ['vtl-unknown-context-variable:connectionId']);
  assert.deepEqual(codes('$context.connectionId', { apiKind: 'websocket' }), []);
  assert.deepEqual(codes('$context.connectionId'), []);
  assert.equal(validateTemplate('$context.messageDirection', { apiKind: 'websocket' })[0].severity, 'information');
});

test('vtl-access-log-only-variable: access-log and gateway-response variables in a mapping template', () => {
  assert.deepEqual(codes('$context.integrationLatency $context.status $context.responseLatency $context.integration.status $context.waf.error'), [
    'vtl-access-log-only-variable:integrationLatency',
    'vtl-access-log-only-variable:status',
    'vtl-access-log-only-variable:responseLatency',
    'vtl-access-log-only-variable:integration',
    'vtl-access-log-only-variable:waf',
  ]);
  assert.deepEqual(codes('$context.error.message'), ['vtl-access-log-only-variable:message']);
  assert.deepEqual(codes('$context.error.message', { templateKind: 'gateway-response' }), []);
  // An authorizer key could be a Lambda authorizer's own context key: only a hint.
  const [d] = validateTemplate('$context.authorizer.latency', {});
  assert.equal(d.severity, 'hint');
  assert.deepEqual(codes('$context.requestId $context.wafResponseCode $context.error.messageString'), []);
});

test('vtl-override-stage: requestOverride in a response template and the reverse', () => {
  assert.deepEqual(codes('#set($context.responseOverride.status = 400)', { stage: 'request' }), ['vtl-override-stage:responseOverride']);
  assert.deepEqual(codes('#set($context.requestOverride.header.X = "1")', { stage: 'response' }), ['vtl-override-stage:requestOverride']);
  assert.deepEqual(codes('#set($context.responseOverride.status = 400)', { stage: 'response' }), []);
  assert.deepEqual(codes('#set($context.responseOverride.status = 400)'), []);
});

test('vtl-unknown-stage-variable: only when the file defines stages', () => {
  const ctx = { stageVariableNames: ['lambdaAlias', 'tableName'] };
  assert.deepEqual(codes("$stageVariables.lambdaAlia $stageVariables['nope'] $stageVariables.get('other')", ctx), [
    'vtl-unknown-stage-variable:lambdaAlia',
    "vtl-unknown-stage-variable:'nope'",
    "vtl-unknown-stage-variable:'other'",
  ]);
  assert.match(validateTemplate('$stageVariables.lambdaAlia', ctx)[0].message, /Did you mean `lambdaAlias`/);
  assert.deepEqual(codes("$stageVariables.lambdaAlias $stageVariables['tableName'] $stageVariables.get('tableName') $stageVariables.keySet()", ctx), []);
  assert.deepEqual(codes('$stageVariables.anything'), []);
});

test('vtl-hyphenated-reference: $a-1 reads as one name', () => {
  assert.deepEqual(codes('#set($count = 1)$count-1'), ['vtl-hyphenated-reference:count-1']);
  assert.match(validateTemplate('#set($count = 1)$count-1', {})[0].message, /\$\{count\}-1/);
  assert.deepEqual(codes('#set($type = "a")"$type-$id"'), ['vtl-hyphenated-reference:type-']);
  assert.deepEqual(codes('#set($my-var = 1)$my-var $unknown-thing'), []);
});

test('vtl-cfn-substitution: VTL inside Fn::Sub, but not real CloudFormation references', () => {
  const text = '{"id": "${context.requestId}", "b": ${input.body}, "t": "${Table}", "r": "${AWS::Region}", "a": "${Fn.Arn}", "p": "${input.params(\'x\')}", "v": "${v}"}\n#set($v = 1)';
  const sub = (name: string) => {
    const offset = text.indexOf('${' + name);
    return { name, offset, length: text.indexOf('}', offset) + 1 - offset };
  };
  const substitutions = ['context.requestId', 'input.body', 'Table', 'AWS::Region', 'Fn.Arn', "input.params('x')", 'v'].map(sub);
  const ctx = { substitutions, cfnNames: ['Table', 'Fn'] };
  assert.deepEqual(codes(text, ctx), [
    'vtl-cfn-substitution:${context.requestId}',
    'vtl-cfn-substitution:${input.body}',
    "vtl-cfn-substitution:${input.params('x')}",
    'vtl-cfn-substitution:${v}',
  ]);
  const [first] = validateTemplate(text, ctx);
  assert.equal(first.severity, 'error');
  assert.deepEqual(first.fix?.edits, [{ offset: text.indexOf('${context') + 2, length: 0, newText: '!' }]);
  assert.match(first.message, /\$\{!context\.requestId\}/);
  // Without cfnNames, a name that does not look like VTL is taken as CloudFormation's.
  assert.deepEqual(codes('"${MyQueue}" ${AWS::AccountId}', { substitutions: [sub2('"${MyQueue}" ${AWS::AccountId}', 'MyQueue'), sub2('"${MyQueue}" ${AWS::AccountId}', 'AWS::AccountId')] }), []);
});

function sub2(text: string, name: string) {
  const offset = text.indexOf('${' + name);
  return { name, offset, length: name.length + 3 };
}

test('CloudFormation substitutions are opaque to the VTL checks (no syntax error on ${AWS::Region})', () => {
  const text = '#set($arn = "arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${Machine}")\n#set($limit = ${Limit})\n{"arn": "$arn"}';
  const substitutions = ['AWS::Region', 'AWS::AccountId', 'Machine', 'Limit'].map((n) => sub2(text, n));
  assert.deepEqual(codes(text, { substitutions, cfnNames: ['Machine', 'Limit'] }), []);
  // The same text outside Fn::Sub fails in Velocity 1.7, and the message says why.
  const outside = validateTemplate('"arn:${AWS::Region}"', {});
  assert.equal(outside[0].code, 'vtl-syntax');
  assert.match(outside[0].message, /not inside Fn::Sub/);
});

test('vtl-template-too-large: over 300 KB', () => {
  const big = '{"a": "' + 'x'.repeat(300 * 1024) + '"}';
  assert.deepEqual(validateTemplate(big, {}).map((d) => d.code), ['vtl-template-too-large']);
  assert.deepEqual(validateTemplate('{"a": "' + 'x'.repeat(300 * 1024 - 20) + '"}', {}), []);
  // Bytes, not characters: 110,000 three-byte characters are 330,000 bytes.
  assert.deepEqual(validateTemplate('€'.repeat(110_000), {}).map((d) => d.code), ['vtl-template-too-large']);
});

test('vtl-invalid-json: a quoted $input.json(...) in a JSON template, conservatively', () => {
  const text = '#set($x = 1)\n{\n  "body": "$input.json(\'$\')",\n  "ok": $input.json(\'$.a\')\n}';
  const [d] = validateTemplate(text, {});
  assert.equal(d.code, 'vtl-invalid-json');
  assert.equal(d.severity, 'hint');
  assert.equal(at(text, d), '"$input.json(\'$\')"');
  assert.equal(validateTemplate(text, {}).length, 1);
  // A number field stays valid JSON when quoted; a non-JSON template is not judged; the well-known templates pass.
  assert.deepEqual(codes('{"n": "$input.json(\'$.n\')"}', { bodyPaths: [{ path: '$.n', type: 'integer' }] }), []);
  assert.deepEqual(codes('Action=SendMessage&MessageBody="$input.json(\'$\')"'), []);
  const passthrough = [
    '#set($allParams = $input.params())',
    '{',
    '"body-json" : $input.json(\'$\'),',
    '"params" : {',
    '#foreach($type in $allParams.keySet())',
    '    #set($params = $allParams.get($type))',
    '"$type" : {',
    '    #foreach($paramName in $params.keySet())',
    '    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"',
    '        #if($foreach.hasNext),#end',
    '    #end',
    '}',
    '    #if($foreach.hasNext),#end',
    '#end',
    '},',
    '"stage-variables" : {',
    '#foreach($key in $stageVariables.keySet())',
    '"$key" : "$util.escapeJavaScript($stageVariables.get($key))"',
    '    #if($foreach.hasNext),#end',
    '#end',
    '},',
    '"context" : {',
    '    "account-id" : "$context.identity.accountId",',
    '    "api-id" : "$context.apiId",',
    '    "authorizer-principal-id" : "$context.authorizer.principalId",',
    '    "http-method" : "$context.httpMethod",',
    '    "source-ip" : "$context.identity.sourceIp",',
    '    "request-id" : "$context.requestId",',
    '    "resource-path" : "$context.resourcePath"',
    '    }',
    '}',
  ].join('\n');
  assert.deepEqual(codes(passthrough, { stageVariableNames: [] }), []);
});

test('gateway response templates are not VTL: no syntax checks there', () => {
  assert.deepEqual(codes('{"message": $context.error.messageString, "x": "#if"}', { templateKind: 'gateway-response' }), []);
});
