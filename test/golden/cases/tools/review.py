#!/usr/bin/env python3
"""Builds test/golden/cases/review.json: the hostile review of issue 14's renderer (cases the author had not
gathered). Each case records where its input and expected answer come from; `python3 tools/review.py .` from
test/golden/cases (or with the cases folder as its argument) rewrites the file."""
import json
import os
import sys

LS = "localstack/localstack"
LS_HEAD = "8b9a79f05846835cf4dff63ab7eefdde9df83783"
LS_OLD = "f98dbf9130db1deb689af527521646d020be7930"  # 15 Apr 2024: TestApiGatewayApi::test_invoke_test_method
LS_LIC = "Apache-2.0 (test/golden/cases/licenses/localstack-LICENSE.txt)"
AWSDOCS = "awsdocs/amazon-api-gateway-developer-guide"
AWSDOCS_C = "6060e21e4214857f6f416c50ee2d019bc3db2206"
AWSDOCS_LIC = "documentation CC BY-SA 4.0, sample code MIT-0 (test/golden/cases/licenses/awsdocs-LICENSE-SUMMARY.txt, awsdocs-LICENSE-SAMPLECODE.txt)"
LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:fn/invocations"

CASES = []


def case(**kw):
    kw.setdefault("recorded_against_aws", kw["evidence"] in ("aws-snapshot", "aws-assertion"))
    CASES.append(kw)


def req(method="GET", path="/", headers=None, query=None, params=None, stage_vars=None, body=None, context=None):
    r = {
        "httpMethod": method,
        "path": path,
        "headers": headers or {},
        "queryStringParameters": query or {},
        "pathParameters": params or {},
        "stageVariables": stage_vars or {},
    }
    if body is not None:
        r["body"] = body
    r["context"] = context or {}
    return r


def ls_source(path, test, keys, date, commit=LS_HEAD, snapshot=True, marker="markers.aws.validated"):
    return {
        "repo": LS,
        "commit": commit,
        "path": path,
        "test": f"{path}::{test}",
        "snapshot_file": path.replace(".py", ".snapshot.json") if snapshot else None,
        "snapshot_keys": keys,
        "recorded_date": date,
        "marker": marker,
    }


# --------------------------------------------------------------------------------------------------------------
# LocalStack tests the author did not use (same repository and licence)
# --------------------------------------------------------------------------------------------------------------
P_COMMON = "tests/aws/services/apigateway/test_apigateway_common.py"
P_HTTP = "tests/aws/services/apigateway/test_apigateway_http.py"
P_DDB = "tests/aws/services/apigateway/test_apigateway_dynamodb.py"
P_KIN = "tests/aws/services/apigateway/test_apigateway_kinesis.py"
P_IMPORT = "tests/aws/services/apigateway/test_apigateway_import.py"
P_S3 = "tests/aws/services/apigateway/test_apigateway_s3.py"
P_SFN = "tests/aws/services/apigateway/test_apigateway_stepfunctions.py"
P_API = "tests/aws/services/apigateway/test_apigateway_api.py"

# requests' own headers on a bare requests.get/post
REQUESTS_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive", "User-Agent": "python-requests/2.32.3"}

case(
    id="review/localstack/integration-request-parameters-mapping",
    family="parameters",
    stage="pipeline",
    source=ls_source(P_COMMON, "TestApiGatewayCommon::test_integration_request_parameters_mapping", [], "(assertion only)", snapshot=False),
    evidence="aws-assertion",
    strength="strong",
    integration={
        "type": "HTTP",
        "uri": "https://echo.example/post",
        "httpMethod": "POST",
        "requestParameters": {
            "integration.request.header.testHeader": "method.request.header.customHeader",
            "integration.request.header.contextHeader": "context.resourceId",
        },
        "responses": [{"selectionPattern": "2\\d{2}", "statusCode": "200", "responseTemplates": {}}],
    },
    request=req("GET", "/", headers={**REQUESTS_HEADERS, "customHeader": "test"}, context={"stage": "dev", "resourcePath": "/", "resourceId": "r00tid"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "integration_request": {"headers": {"testHeader": "test", "contextHeader": "r00tid"}}},
    notes="The test asserts (lower-cased) that the echo backend received testheader=test (from method.request.header.customHeader) and contextheader = the root resource's id (from context.resourceId). The resource id is a placeholder value here.",
    licence=LS_LIC,
)

for key, hdrs in (("normal-req-headers-MOCK", {}), ("trace-id-req-headers-MOCK", {"x-amzn-trace-id": "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1"})):
    case(
        id=f"review/localstack/invocation-trace-id/{key}",
        family="headers",
        stage="pipeline",
        source=ls_source(P_COMMON, "TestApiGatewayCommon::test_invocation_trace_id", [key], "07-08-2024, 20:24:17"),
        evidence="aws-snapshot",
        strength="strong",
        integration={
            "type": "MOCK",
            "requestTemplates": {"application/json": '{"statusCode": 200}'},
            "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {"application/json": '{"statusCode": 200}'}}],
        },
        request=req("GET", "/path", headers={**REQUESTS_HEADERS, **hdrs}, context={"stage": "dev", "resourcePath": "/path"}),
        expected={"statusCode": 200, "compare": "exact", "body": '{"statusCode": 200}', "headers": {"content-type": "application/json"}, "absent_headers": ["x-amzn-trace-id"]},
        notes="A MOCK method response carries Content-Type application/json and no X-Amzn-Trace-Id, even when the client sent one (the test also asserts 'x-amzn-trace-id' not in the headers). The body is the response template as written (not snapshotted; the template has no VTL).",
        licence=LS_LIC,
    )

# HTTP integration created by create_rest_api_with_integration (conftest.py): response template $input.json('$')
ECHO_JSON_TEMPLATE = {"application/json": "$input.json('$')"}
for itype in ("HTTP", "HTTP_PROXY"):
    integ = {"type": itype, "uri": "https://echo.example/", "httpMethod": "POST"}
    if itype == "HTTP":
        integ["responses"] = [{"selectionPattern": "", "statusCode": "200", "responseTemplates": ECHO_JSON_TEMPLATE}]
    exp_headers = {"Accept": "application/json", "Content-Type": "application/json", "User-Agent": "AmazonAPIGateway_<rest_api_id:1>"} if itype == "HTTP" else {"Accept": "application/xml", "Accept-Encoding": "gzip, deflate", "Content-Type": "application/json", "User-Agent": "test/integration"}
    case(
        id=f"review/localstack/http-integration-accept-xml/{itype.lower()}",
        family="headers",
        stage="pipeline",
        source=ls_source(P_HTTP, f"test_http_integration_with_lambda[{itype}]", ["http-invocation-lambda-url"], "07-08-2024, 18:37:12" if itype == "HTTP" else "07-08-2024, 18:37:25"),
        evidence="aws-snapshot",
        strength="strong",
        integration=integ,
        request=req("POST", "/test", headers={"Content-Type": "application/json", "accept": "application/xml", "user-Agent": "test/integration", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive", "Content-Length": "26"}, body='{"message": "hello world"}', context={"stage": "test", "resourcePath": "/test"}),
        backend={"echo": True, "statusCode": 200, "headers": {"Content-Type": "application/json"}},
        expected={
            "statusCode": 200,
            "compare": "none",
            "placeholders": True,
            "headers": {"content-type": "application/json"},
            "integration_request": {"body": '{"message": "hello world"}', "headers": exp_headers, **({"absent_headers": ["Accept-Encoding"]} if itype == "HTTP" else {})},
        },
        notes=("The client asked for Accept: application/xml; an HTTP (non-proxy) integration sends Accept: application/json and its own User-Agent to the backend anyway, and drops Accept-Encoding (the echo backend recorded what it received)."
               if itype == "HTTP" else "HTTP_PROXY forwards the client's Accept: application/xml, Accept-Encoding and User-Agent unchanged."),
        licence=LS_LIC,
    )

# DynamoDB: create_rest_api_with_integration's default response template is $input.json('$') (conftest.py)
DDB_TABLE = "table-1"
ddb = [
    ("PutItem", "result-put-item", "19-07-2024, 19:53:50", {"TableName": DDB_TABLE, "Item": {"id": {"S": "$input.params('id')"}}}, "test-new", "{}", {}),
    ("Query", "result-test", "19-07-2024, 19:54:08", {"TableName": DDB_TABLE, "KeyConditionExpression": "id = :id", "ExpressionAttributeValues": {":id": {"S": "$input.params('id')"}}}, "test", '{"Count":1,"Items":[{"id":{"S":"test"}}],"ScannedCount":1}', {"Count": 1, "Items": [{"id": {"S": "test"}}], "ScannedCount": 1}),
    ("Query", "result-invalid", "19-07-2024, 19:54:08", {"TableName": DDB_TABLE, "KeyConditionExpression": "id = :id", "ExpressionAttributeValues": {":id": {"S": "$input.params('id')"}}}, "test-invalid", '{"Count":0,"Items":[],"ScannedCount":0}', {"Count": 0, "Items": [], "ScannedCount": 0}),
    ("Scan", "result-scan", "19-07-2024, 19:54:29", {"TableName": DDB_TABLE}, None, '{"Count":3,"Items":[{"id":{"S":"test"}},{"id":{"S":"test 3"}},{"id":{"S":"test2"}}],"ScannedCount":3}', {"Count": 3, "Items": [{"id": {"S": "test"}}, {"id": {"S": "test 3"}}, {"id": {"S": "test2"}}], "ScannedCount": 3}),
]
for action, key, date, tmpl, id_param, backend_body, want in ddb:
    case(
        id=f"review/localstack/dynamodb/{action.lower()}/{key}",
        family="pipeline",
        stage="pipeline",
        source=ls_source(P_DDB, f"test_rest_api_to_dynamodb_integration[{action}]", [key], date),
        evidence="aws-snapshot",
        strength="medium",
        integration={
            "type": "AWS",
            "uri": f"arn:aws:apigateway:us-east-1:dynamodb:action/{action}",
            "httpMethod": "POST",
            "requestTemplates": {"application/json": json.dumps(tmpl)},
            "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": ECHO_JSON_TEMPLATE}],
        },
        request=req("POST", "/test", headers=dict(REQUESTS_HEADERS, **{"Content-Length": "0"}), query={"id": id_param if id_param is not None else "None"}, context={"stage": "test", "resourcePath": "/test"}),
        backend={"statusCode": 200, "headers": {"Content-Type": "application/x-amz-json-1.0"}, "body": backend_body},
        expected={"statusCode": 200, "compare": "json", "body_json": want, "headers": {"content-type": "application/json"}, "integration_request": {"body_json": json.loads(json.dumps(tmpl).replace("$input.params('id')", id_param if id_param is not None else "None"))}},
        notes="A POST with no body and no Content-Type: the application/json request template is used; DynamoDB's answer (content-type application/x-amz-json-1.0, reconstructed from the recorded items) goes through the response template $input.json('$') (the fixture's default), and the client gets Content-Type application/json. The Scan items are sorted by the test before snapshotting; Scan's query is ?id=None (the test's f-string).",
        licence=LS_LIC,
    )

for action, date, backend_body, want in (
    ("PutRecord", "20-11-2024, 05:29:53", '{"SequenceNumber":"49657580000000000000000000000000000000000000000000000002","ShardId":"shardId-000000000000"}', {"SequenceNumber": "<sequence_number:1>", "ShardId": "<shard_id:1>"}),
    ("PutRecords", "20-11-2024, 06:33:51", '{"FailedRecordCount":0,"Records":[{"SequenceNumber":"4965758000000000000000000001","ShardId":"shardId-000000000000"},{"SequenceNumber":"4965758000000000000000000002","ShardId":"shardId-000000000000"},{"SequenceNumber":"4965758000000000000000000003","ShardId":"shardId-000000000000"}]}',
     {"FailedRecordCount": 0, "Records": [{"SequenceNumber": "<sequence_number:1>", "ShardId": "<shard_id:1>"}, {"SequenceNumber": "<sequence_number:2>", "ShardId": "<shard_id:1>"}, {"SequenceNumber": "<sequence_number:3>", "ShardId": "<shard_id:1>"}]}),
):
    case(
        id=f"review/localstack/kinesis/{action.lower()}/apigateway-response",
        family="pipeline",
        stage="integration_response",
        source=ls_source(P_KIN, f"test_apigateway_to_kinesis[{action}]", ["apigateway_response"], date),
        evidence="aws-snapshot",
        strength="medium",
        template="$input.json('$')",
        request=req("POST", "/test", headers={"Content-Type": "application/json"}, context={"stage": "test", "resourcePath": "/test"}),
        integration_response={"statusCode": 200, "headers": {"Content-Type": "application/x-amz-json-1.1"}, "body": backend_body},
        expected={"compare": "json", "placeholders": True, "body_json": want},
        notes="Kinesis' answer through the fixture's default response template $input.json('$'); sequence numbers and shard ids were replaced by the snapshot's transformers (placeholders here). Kinesis' body is reconstructed.",
        licence=LS_LIC,
    )

case(
    id="review/localstack/import-stage-variables/uri-with-stage-variables",
    family="stage-variables",
    stage="pipeline",
    source=ls_source(P_IMPORT, "TestApiGatewayImportRestApi::test_import_with_stage_variables", ["get-resp-from-http"], "29-09-2025, 20:07:21"),
    evidence="aws-snapshot",
    strength="strong",
    integration={"type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://${stageVariables.TestHost}/${stageVariables.testPath}?${stageVariables.querystring}"},
    request=req("GET", "/path1", headers=REQUESTS_HEADERS, stage_vars={"TestHost": "echo.example", "testPath": "test-path", "querystring": "qs_key=qs_value"}, context={"stage": "v1", "resourcePath": "/path1"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": '{"args":{"qs_key":"qs_value"},"data":"","method":"POST","path":"/test-path"}'},
    expected={"statusCode": 200, "compare": "none", "integration_request": {"body": "", "query": {"qs_key": "qs_value"}}},
    notes="tests/aws/files/openapi.spec.stage-variables.json: the integration uri is built from three stage variables, one of them a whole query string; the echo backend saw path /test-path, args {qs_key: qs_value}, method POST and an empty body.",
    licence=LS_LIC,
)
case(
    id="review/localstack/import-stage-variables/uri-stage-variables-missing",
    family="stage-variables",
    stage="pipeline",
    source=ls_source(P_IMPORT, "TestApiGatewayImportRestApi::test_import_with_stage_variables", ["get-error-resp-from-http"], "29-09-2025, 20:07:21"),
    evidence="aws-snapshot",
    strength="strong",
    integration={"type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://${stageVariables.TestHost}/${stageVariables.testPath}?${stageVariables.querystring}"},
    request=req("GET", "/path1", headers=REQUESTS_HEADERS, context={"stage": "v2", "resourcePath": "/path1"}),
    expected={"statusCode": 500, "compare": "json", "body_json": {"message": "Internal server error"}},
    notes="The same API on a stage without the variables: the uri has no host, and API Gateway answers 500 {\"message\": \"Internal server error\"} (x-amzn-ErrorType InternalServerErrorException).",
    licence=LS_LIC,
)

case(
    id="review/localstack/s3-method-mapping/put-static-template",
    family="pipeline",
    stage="pipeline",
    source=ls_source(P_S3, "test_apigateway_s3_method_mapping", ["get-object"], "14-06-2024, 16:12:27"),
    evidence="aws-snapshot",
    strength="medium",
    integration={
        "type": "AWS",
        "uri": "arn:aws:apigateway:us-east-1:s3:path/bucket-1/test.json",
        "httpMethod": "PUT",
        "requestParameters": {"integration.request.header.Content-Type": "'application/json'"},
        "requestTemplates": {"application/json": '{"message": "great success!"}'},
        "responses": [{"selectionPattern": "", "statusCode": "200"}],
    },
    request=req("GET", "/put", headers=REQUESTS_HEADERS, context={"stage": "test", "resourcePath": "/put"}),
    backend={"statusCode": 200, "headers": {}, "body": ""},
    expected={"statusCode": 200, "compare": "none", "integration_request": {"body": '{"message": "great success!"}', "headers": {"Content-Type": "application/json"}}},
    notes="A GET with no Content-Type and no body still runs the application/json request template; the object S3 stored (read back as JSON by the GET /get method) is the template's text.",
    licence=LS_LIC,
)
case(
    id="review/localstack/s3-method-mapping/get-deleted-object-default-200",
    family="selection",
    stage="pipeline",
    source=ls_source(P_S3, "test_apigateway_s3_method_mapping", ["get-deleted-object"], "14-06-2024, 16:12:27"),
    evidence="aws-snapshot",
    strength="medium",
    integration={"type": "AWS", "uri": "arn:aws:apigateway:us-east-1:s3:path/bucket-1/test.json", "httpMethod": "GET", "responses": [{"selectionPattern": "", "statusCode": "200"}]},
    request=req("GET", "/get", headers=REQUESTS_HEADERS, context={"stage": "test", "resourcePath": "/get"}),
    backend={"statusCode": 404, "headers": {"Content-Type": "application/xml"}, "body": '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>test.json</Key><RequestId>R1</RequestId><HostId>H1</HostId></Error>'},
    expected={"statusCode": 200, "compare": "exact", "body": '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>test.json</Key><RequestId>R1</RequestId><HostId>H1</HostId></Error>'},
    notes="S3 answers 404 NoSuchKey after the delete; the only integration response is the default (no selection pattern) 200, so the client gets 200 (the test asserts it) with S3's XML error passed through (the snapshot is its xmltodict parse). S3's exact XML is reconstructed.",
    licence=LS_LIC,
)

case(
    id="review/localstack/stepfunctions/start-execution-no-content-type",
    family="util",
    stage="pipeline",
    source=ls_source(P_SFN, "TestApigatewayStepfunctions::test_apigateway_with_step_function_integration[StartExecution]", ["start_execution_response"], "12-07-2024, 19:51:49"),
    evidence="aws-snapshot",
    strength="medium",
    integration={
        "type": "AWS",
        "uri": "arn:aws:apigateway:us-east-1:states:action/StartExecution",
        "httpMethod": "POST",
        "requestTemplates": {"application/json": '\n            {\n            "input": "$util.escapeJavaScript($input.json(\'$\'))",\n            "stateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:test-1"\n            }\n            '},
        "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {}}],
    },
    request=req("POST", "/", headers={**REQUESTS_HEADERS, "Content-Length": "22"}, body='{"test": "test-value"}', context={"stage": "dev", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/x-amz-json-1.0"}, "body": '{"executionArn":"arn:aws:states:us-east-1:111111111111:express:test-1:e1:e2","startDate":1.720806709E9}'},
    expected={"statusCode": 200, "compare": "json", "body_json": {"executionArn": "arn:aws:states:us-east-1:111111111111:express:test-1:e1:e2", "startDate": 1.720806709E9}, "integration_request": {"body_json": {"input": '{"test":"test-value"}', "stateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:test-1"}}},
    notes="requests.post(data=...) sends no Content-Type: the application/json template still runs, and Step Functions accepted the body (it returned an executionArn), so it was JSON with the input escaped by $util.escapeJavaScript. The input string is $input.json('$') of the posted body; the Step Functions answer (passed through: responseTemplates {}) is reconstructed.",
    licence=LS_LIC,
)

for key, method, path, query, body in (
    ("test-invoke-method-get", "GET", "/pets/123", {}, None),
    ("test-invoke-method-get-with-qs", "GET", "/pets/123", {"foo": "bar"}, None),
    ("test-invoke-method-post-with-body", "POST", "/pets/123", {}, '{"foo": "bar"}'),
):
    case(
        id=f"review/localstack-2024/{key}",
        family="mock",
        stage="pipeline",
        source=ls_source(P_API, "TestApiGatewayApi::test_invoke_test_method", [key], "01-07-2023, 18:52:50", commit=LS_OLD),
        evidence="aws-snapshot",
        strength="strong",
        integration={
            "type": "MOCK",
            "requestParameters": {"integration.request.path.id": "method.request.path.petId"},
            "requestTemplates": {"application/json": '{"statusCode": 200}'},
            "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {"application/json": '{"petId": "$input.params(\'petId\')"}'}}],
        },
        request=req(method, path, query=query, params={"petId": "123"}, body=body, context={"stage": "test-invoke-stage", "resourcePath": "/pets/{petId}"}),
        expected={"statusCode": 200, "compare": "json", "body_json": {"petId": "123"}, "headers": {"Content-Type": "application/json"}},
        notes="TestInvokeMethod (no Content-Type given) on a MOCK method: the response template reads the path parameter; the method response has Content-Type application/json. The test was later moved; this recording is at the older commit.",
        licence=LS_LIC,
    )


# --------------------------------------------------------------------------------------------------------------
# The API Gateway developer guide (awsdocs repository at the commit the author used; documentation evidence)
# --------------------------------------------------------------------------------------------------------------
def doc_source(path, section):
    return {"repo": AWSDOCS, "commit": AWSDOCS_C, "path": f"doc_source/{path}", "section": section,
            "url": f"https://docs.aws.amazon.com/apigateway/latest/developerguide/{path.replace('.md', '.html')}"}


CUSTOM_ERROR = '{"errorType":"InternalServerError","httpStatus":500,"requestId":"e5849002-39a0-11e7-a419-5bb5807c9fb2","trace":{"function":"abc()","line":123,"file":"abc.js"}}'
case(
    id="review/awsdocs/handle-errors/custom-error-body-to-headers",
    family="parameters",
    stage="pipeline",
    source=doc_source("handle-errors-in-lambda-integration.md", "Handle custom Lambda errors in API Gateway"),
    evidence="documentation",
    strength="weak",
    integration={
        "type": "AWS", "uri": LAMBDA_URI, "httpMethod": "POST", "isLambda": True,
        "responses": [{"selectionPattern": "default", "statusCode": "200", "responseParameters": {
            "method.response.header.error_trace_function": "integration.response.body.errorMessage.trace.function",
            "method.response.header.error_status": "integration.response.body.errorMessage.httpStatus",
            "method.response.header.error_type": "integration.response.body.errorMessage.errorType",
            "method.response.header.error_trace": "integration.response.body.errorMessage.trace",
        }}],
    },
    request=req("GET", "/", context={"stage": "test", "resourcePath": "/"}),
    backend={"statusCode": 200, "errorMessage": CUSTOM_ERROR, "body": json.dumps({"errorMessage": CUSTOM_ERROR})},
    expected={"compare": "none", "headers": {"error_status": "500", "error_trace": '{"function":"abc()","line":123,"file":"abc.js"}', "error_trace_function": "abc()", "error_type": "InternalServerError"}},
    notes="\"API Gateway deserializes the integration.response.body parameter when performing header mappings ... for Lambda custom error responses\": the errorMessage string is itself JSON, and its fields (an object field as a JSON string) map to headers. The guide lists the four headers the client receives.",
    licence=AWSDOCS_LIC,
)

case(
    id="review/awsdocs/lambda-calc/result-response-template",
    family="input",
    stage="integration_response",
    source=doc_source("integrating-api-with-aws-services-lambda.md", "Integration 3: Create a GET method with path parameters to call the Lambda function"),
    evidence="documentation",
    strength="weak",
    template='#set($inputRoot = $input.path(\'$\'))\n{\n  "input" : {\n    "a" : $inputRoot.a,\n    "b" : $inputRoot.b,\n    "op" : "$inputRoot.op"\n  },\n  "output" : {\n    "c" : $inputRoot.c\n  }\n}',
    request=req("GET", "/calc/1/2/%2B", params={"operand1": "1", "operand2": "2", "operator": "+"}, context={"stage": "test", "resourcePath": "/calc/{operand1}/{operand2}/{operator}"}),
    integration_response={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": '{"a":1,"b":2,"op":"+","c":3}'},
    expected={"compare": "json", "body_json": {"input": {"a": 1, "b": 2, "op": "+"}, "output": {"c": 3}}},
    notes="The console's Response Body for the Calc function's result {a:1, b:2, op:'+', c:3} (the function's output shape is given in the same tutorial).",
    licence=AWSDOCS_LIC,
)

case(
    id="review/awsdocs/mapping-template-reference/escapeJavaScript-single-quote",
    family="util",
    stage="integration_request",
    source=doc_source("api-gateway-mapping-template-reference.md", "$util Variables: $util.escapeJavaScript()"),
    evidence="documentation",
    strength="weak",
    template='{"data": "$util.escapeJavaScript($input.path(\'$.data\'))"}',
    request=req("POST", "/", headers={"Content-Type": "application/json"}, body='{"data": "it\'s"}', context={"stage": "test", "resourcePath": "/"}),
    expected={"compare": "exact", "body": '{"data": "it\\\'s"}'},
    notes="\"This function will turn any regular single quotes (') into escaped ones (\\').\" (which is not valid JSON: the output is compared as text).",
    licence=AWSDOCS_LIC,
)
MOCK_200 = '{\n    "statusCode": 200,\n    "message": "Go ahead without me."\n}'
MOCK_500 = '{\n    "statusCode": 500,\n    "message": "The invoked method is not supported on the API resource."\n}'
for name, templates, want_status, want_body in (
    ("no-request-template", None, 200, {"statusCode": 200, "message": "Go ahead without me."}),
):
    integ = {"type": "MOCK", "responses": [
        {"selectionPattern": "", "statusCode": "200", "responseTemplates": {"application/json": MOCK_200}},
        {"selectionPattern": "500", "statusCode": "500", "responseTemplates": {"application/json": MOCK_500}},
    ]}
    if templates:
        integ["requestTemplates"] = templates
    case(
        id=f"review/awsdocs/how-to-mock-integration/{name}",
        family="mock",
        stage="pipeline",
        source=doc_source("how-to-mock-integration.md", "Set up mock integrations in API Gateway"),
        evidence="documentation",
        strength="weak",
        integration=integ,
        request=req("GET", "/", context={"stage": "test", "resourcePath": "/"}),
        expected={"statusCode": want_status, "compare": "json", "body_json": want_body},
        notes=("A MOCK request template {\"statusCode\": 500} selects the 500 integration response." if templates else
               "\"you can have a method of the mock integration return the default integration response without defining the integration request mapping template\"."),
        licence=AWSDOCS_LIC,
    )

# integration-passthrough-behaviors.md: the two tables (request payload -> template, as-is, or 415)
PT_BODY = '{"a": 1}'
for ex, tkey in ((1, "application/json"), (2, "application/xml")):
    for ctype in (None, "application/json", "application/xml"):
        for behaviour in ("WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"):
            effective = ctype or "application/json"
            if effective == tkey:
                if ctype is not None or behaviour != "NEVER":
                    continue  # the template runs: already covered by many cases; keep only the no-header + NEVER cell
                outcome = "template"
            elif behaviour == "WHEN_NO_MATCH":
                outcome = "as-is"
            else:
                outcome = "415"
            hdrs = {"Content-Type": ctype} if ctype else {}
            exp = {"statusCode": 415, "compare": "none"} if outcome == "415" else {
                "statusCode": 200, "compare": "none",
                "integration_request": {"body": "TEMPLATE" if outcome == "template" else PT_BODY}}
            case(
                id=f"review/awsdocs/passthrough/example{ex}-{(ctype or 'none').replace('application/', '')}-{behaviour.lower()}",
                family="passthrough",
                stage="pipeline",
                source=doc_source("integration-passthrough-behaviors.md", f"Example {ex}: One mapping template is defined in the integration request for the {tkey} content type"),
                evidence="documentation",
                strength="weak",
                integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "POST", "passthroughBehavior": behaviour,
                             "requestTemplates": {tkey: "TEMPLATE"}, "responses": [{"selectionPattern": "", "statusCode": "200"}]},
                request=req("POST", "/", headers=hdrs, body=PT_BODY, context={"stage": "test", "resourcePath": "/"}),
                backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
                expected=exp,
                notes=f"Content-Type {ctype or 'absent (defaults to application/json)'}, a template only for {tkey}, {behaviour}: " + {
                    "template": "the request payload is transformed using the template.",
                    "as-is": "the request payload is not transformed and is sent to the backend as-is.",
                    "415": "the request is rejected with an HTTP 415 Unsupported Media Type response."}[outcome],
                licence=AWSDOCS_LIC,
            )

case(
    id="review/awsdocs/select-template/content-type-charset",
    family="selection",
    stage="pipeline",
    source=doc_source("request-response-data-mappings.md", "Select a VTL mapping template"),
    evidence="documentation",
    strength="weak",
    integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "POST", "passthroughBehavior": "NEVER",
                 "requestTemplates": {"application/json": '{"v": $input.json(\'$.a\')}'}, "responses": [{"selectionPattern": "", "statusCode": "200"}]},
    request=req("POST", "/", headers={"Content-Type": "application/json; charset=UTF-8"}, body='{"a": 1}', context={"stage": "test", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "integration_request": {"body_json": {"v": 1}}},
    notes="\"Only the MIME type is used from the Accept and Content-Type headers ... a header of Content-Type: application/json; charset=UTF-8 will have a request template with the application/json key selected.\"",
    licence=AWSDOCS_LIC,
)
case(
    id="review/awsdocs/select-template/no-accept-only-xml-response-template",
    family="selection",
    stage="pipeline",
    source=doc_source("request-response-data-mappings.md", "Select a VTL mapping template"),
    evidence="documentation",
    strength="weak",
    integration={"type": "MOCK", "requestTemplates": {"application/json": '{"statusCode": 200}'},
                 "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {"application/xml": "<ok/>"}}]},
    request=req("GET", "/", context={"stage": "test", "resourcePath": "/"}),
    expected={"statusCode": 200, "compare": "exact", "body": "<ok/>"},
    notes="\"If no template is defined for application/json, API Gateway selects the first existing template\" when the Accept header is absent (\"If the Accept:application/xml header is absent, the application/xml mapping template will be used\").",
    licence=AWSDOCS_LIC,
)
case(
    id="review/awsdocs/request-parameters/body-jsonpath-and-body-to-header",
    family="parameters",
    stage="pipeline",
    source=doc_source("request-response-data-mappings.md", "Example Mapping from method request body in OpenAPI"),
    evidence="documentation",
    strength="weak",
    integration={"type": "HTTP", "uri": "https://backend.example/pets/{pet-name}", "httpMethod": "POST",
                 "requestParameters": {"integration.request.header.body-header": "method.request.body", "integration.request.path.pet-name": "method.request.body.petstore.pets[0].name"},
                 "responses": [{"selectionPattern": "", "statusCode": "200"}]},
    request=req("POST", "/", headers={"Content-Type": "application/json"}, body='{"petstore":{"pets":[{"name":"rex"}]}}', context={"stage": "test", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "integration_request": {"headers": {"body-header": '{"petstore":{"pets":[{"name":"rex"}]}}'}}},
    notes="method.request.body maps the whole payload into a header; method.request.body.<JSONPath without $.> maps a field into the path (the uri is not compared here).",
    licence=AWSDOCS_LIC,
)
case(
    id="review/awsdocs/response-parameters/body-jsonpath-and-header",
    family="parameters",
    stage="pipeline",
    source=doc_source("request-response-data-mappings.md", "Example Data mapping from integration response in OpenAPI"),
    evidence="documentation",
    strength="weak",
    integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "GET",
                 "responses": [{"selectionPattern": "", "statusCode": "200", "responseParameters": {
                     "method.response.header.location": "integration.response.body.redirect.url",
                     "method.response.header.id": "integration.response.header.x-app-id"}}]},
    request=req("GET", "/", context={"stage": "test", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json", "x-app-id": "app-7"}, "body": '{"redirect": {"url": "https://example.com/next"}}'},
    expected={"statusCode": 200, "compare": "none", "headers": {"location": "https://example.com/next", "id": "app-7"}},
    notes="integration.response.body.<JSONPath> and integration.response.header.<name> as method response headers.",
    licence=AWSDOCS_LIC,
)


# --------------------------------------------------------------------------------------------------------------
# What API Gateway itself printed: execution logs and Lambda event logs users published (user reports of AWS output)
# --------------------------------------------------------------------------------------------------------------
ROTEMTAM_HEADERS = {
    "Origin": "chrome-extension://fhbjgbiflinjbdggehcddcbncdddomop", "Accept": "*/*", "CloudFront-Viewer-Country": "IL",
    "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Is-Mobile-Viewer": "false",
    "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.116 Safari/537.36",
    "X-Forwarded-Proto": "https", "CloudFront-Is-SmartTV-Viewer": "false", "Host": "ulhoxnm2x2.execute-api.us-east-1.amazonaws.com",
    "Accept-Encoding": "gzip, deflate, br", "X-Forwarded-Port": "443", "Via": "1.1 e6cb0679fa61da2521709d87ab885435.cloudfront.net (CloudFront)",
    "x-api-key": "0000000000000000000000000000000000bMZHBg", "X-Amz-Cf-Id": "eW0mn16zzRDuAAce9P5l7FDm3s9F5KKLMICOFVzwpDhrUouzstQ8oA==",
    "X-Forwarded-For": "199.203.61.109, 54.240.145.13", "Postman-Token": "07744528-ed3c-7bf2-7706-d312949f5add",
    "Accept-Language": "en-US,en;q=0.8,he;q=0.6", "CloudFront-Is-Desktop-Viewer": "true",
}
FORUM_220274 = (
    '{\n'
    '   "method": "$context.httpMethod",\n'
    '   "body" : $input.json(\'$\'),\n'
    '   "headers": {\n'
    '     #foreach($param in $input.params().header.keySet())\n'
    '     "$param": "$util.escapeJavaScript($input.params().header.get($param))" #if($foreach.hasNext),#end\n'
    '\n'
    '     #end\n'
    '   },\n'
    '   "queryParams": {\n'
    '     #foreach($param in $input.params().querystring.keySet())\n'
    '     "$param": "$util.escapeJavaScript($input.params().querystring.get($param))" #if($foreach.hasNext),#end\n'
    '\n'
    '     #end\n'
    '   },\n'
    '   "pathParams": {\n'
    '     #foreach($param in $input.params().path.keySet())\n'
    '     "$param": "$util.escapeJavaScript($input.params().path.get($param))" #if($foreach.hasNext),#end\n'
    '\n'
    '     #end\n'
    '   }\n'
    '}\n'
)
ROTEMTAM_OUT = (
    '{\n   "method": "POST",\n   "body" : {},\n   "headers": {\n'
    '          "Accept": "*\\/*" ,\n'
    '          "Accept-Encoding": "gzip, deflate, br" ,\n'
    '          "Accept-Language": "en-US,en;q=0.8,he;q=0.6" ,\n'
    '          "CloudFront-Forwarded-Proto": "https" ,\n'
    '          "CloudFront-Is-Desktop-Viewer": "true" ,\n'
    '          "CloudFront-Is-Mobile-Viewer": "false" ,\n'
    '          "CloudFront-Is-SmartTV-Viewer": "false" ,\n'
    '          "CloudFront-Is-Tablet-Viewer": "false" ,\n'
    '          "CloudFront-Viewer-Country": "IL" ,\n'
    '          "Host": "ulhoxnm2x2.execute-api.us-east-1.amazonaws.com" ,\n'
    '          "Origin": "chrome-extension:\\/\\/fhbjgbiflinjbdggehcddcbncdddomop" ,\n'
    '          "Postman-Token": "07744528-ed3c-7bf2-7706-d312949f5add" ,\n'
    '          "User-Agent": "Mozilla\\/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit\\/537.36 (KHTML, like Gecko) Chrome\\/53.0.2785.116 Safari\\/537.36" ,\n'
    '          "Via": "1.1 e6cb0679fa61da2521709d87ab885435.cloudfront.net (CloudFront)" ,\n'
    '          "X-Amz-<truncated by the log>'
)
case(
    id="review/execution-log/rotemtam-2016/header-passthrough-null-body",
    family="input",
    stage="integration_request",
    source={"repo": "rotemtam/serverless-aws-logs-parser", "path": "tests/mocks/file.mock.js", "entry": "'api-gateway' / 'two-events', request 9ac0eacd-87c5-11e6-b30c-19c3d9849330",
            "recorded_date": "2016-10-01", "what": "an API Gateway CloudWatch execution log: Method request headers/path/query/body, Endpoint request body after transformations",
            "template_source": "the passthrough template of AWS forum thread 220274 (as quoted in mweagle/Sparta resources/gateway/inputmapping_json.vtl)"},
    evidence="user-report",
    strength="medium",
    template=FORUM_220274,
    request=req("POST", "/repos/hello", headers=ROTEMTAM_HEADERS, query={"q": "koa-oop"}, params={"id": "hello"}, body=None,
                context={"stage": "dev", "resourcePath": "/repos/{id}", "requestId": "9ac0eacd-87c5-11e6-b30c-19c3d9849330"}),
    expected={"compare": "exact", "placeholders": True, "body": ROTEMTAM_OUT},
    notes=("An execution log API Gateway wrote (a user's test fixture; not recorded by the renderer's author): for a POST whose "
           "'Method request body before transformations' is null, $input.json('$') printed {}; the header map iterates in sorted "
           "order (the log's method request headers are in arrival order); $util.escapeJavaScript escapes '/' as '\\/'; the "
           "whitespace is Velocity's (a directive line's indentation is printed, the newline after an inline #end is not). The "
           "template is not in the log: it is the forum template whose keys, spacing and ' ,' separators the output shows, its "
           "indentation chosen to give the log's 3 and 10 spaces. The log truncates the body after 'X-Amz-' (the x-api-key value "
           "is masked there; a stand-in here)."),
    licence="not stated in the repository; a 2016 log line quoted as test data",
)

KYOPARK_HEADERS = {
    "Accept": "*/*", "Accept-Encoding": "gzip, deflate, br", "Host": "sample7t6z5.execute-api.ap-northeast-2.amazonaws.com",
    "Postman-Token": "fa633e40-180f-421a-940c-14229c351c00", "User-Agent": "PostmanRuntime/7.29.0",
    "X-Amzn-Trace-Id": "Root=1-629960f6-609cf7c67a6f7ade6bdc6253", "X-Forwarded-For": "154.139.219.117",
    "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https",
}
METHOD_REQUEST_PASSTHROUGH = (
    "##  See http://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html\n"
    "##  This template will pass through all parameters including path, querystring, header, stage variables, and context through to the integration endpoint via the body/payload\n"
    "#set($allParams = $input.params())\n{\n\"body-json\" : $input.json('$'),\n\"params\" : {\n"
    "#foreach($type in $allParams.keySet())\n    #set($params = $allParams.get($type))\n\"$type\" : {\n"
    "    #foreach($paramName in $params.keySet())\n    \"$paramName\" : \"$util.escapeJavaScript($params.get($paramName))\"\n"
    "        #if($foreach.hasNext),#end\n    #end\n}\n    #if($foreach.hasNext),#end\n#end\n},\n"
    "\"stage-variables\" : {\n#foreach($key in $stageVariables.keySet())\n\"$key\" : \"$util.escapeJavaScript($stageVariables.get($key))\"\n"
    "    #if($foreach.hasNext),#end\n#end\n},\n\"context\" : {\n"
    "    \"account-id\" : \"$context.identity.accountId\",\n    \"api-id\" : \"$context.apiId\",\n    \"api-key\" : \"$context.identity.apiKey\",\n"
    "    \"authorizer-principal-id\" : \"$context.authorizer.principalId\",\n    \"caller\" : \"$context.identity.caller\",\n"
    "    \"cognito-authentication-provider\" : \"$context.identity.cognitoAuthenticationProvider\",\n"
    "    \"cognito-authentication-type\" : \"$context.identity.cognitoAuthenticationType\",\n"
    "    \"cognito-identity-id\" : \"$context.identity.cognitoIdentityId\",\n    \"cognito-identity-pool-id\" : \"$context.identity.cognitoIdentityPoolId\",\n"
    "    \"http-method\" : \"$context.httpMethod\",\n    \"stage\" : \"$context.stage\",\n    \"source-ip\" : \"$context.identity.sourceIp\",\n"
    "    \"user\" : \"$context.identity.user\",\n    \"user-agent\" : \"$context.identity.userAgent\",\n    \"user-arn\" : \"$context.identity.userArn\",\n"
    "    \"request-id\" : \"$context.requestId\",\n    \"resource-id\" : \"$context.resourceId\",\n    \"resource-path\" : \"$context.resourcePath\"\n    }\n}\n"
)
KYOPARK_CONTEXT = {"stage": "dev", "resourcePath": "/status", "apiId": "8m1vc7t6z5", "resourceId": "j0ypwc",
                   "requestId": "ad30c506-de6f-4f5a-ad64-f402f687492c", "identity": {"sourceIp": "54.239.119.17"}}
case(
    id="review/lambda-event-log/kyopark2014-2022/method-request-passthrough-get",
    family="input",
    stage="integration_request",
    source={"repo": "kyopark2014/apigw-rest-querystring", "path": "query-string.md", "section": "QueryString 동작 시험 (the event logged in CloudWatch)",
            "recorded_date": "2022-06 (the X-Amzn-Trace-Id epoch 629960f6 is 2022-06-03)",
            "template_source": "the console's Generate template > Method Request passthrough (the page says so); its text as AWS generates it"},
    evidence="user-report",
    strength="medium",
    template=METHOD_REQUEST_PASSTHROUGH,
    request=req("GET", "/status", headers=KYOPARK_HEADERS, query={"deviceid": "a1234567890"}, context=KYOPARK_CONTEXT),
    expected={"compare": "json", "ordered": True, "body_json": {
        "body-json": {},
        "params": {"path": {}, "querystring": {"deviceid": "a1234567890"}, "header": dict(KYOPARK_HEADERS)},
        "stage-variables": {},
        "context": {"account-id": "", "api-id": "8m1vc7t6z5", "api-key": "", "authorizer-principal-id": "", "caller": "",
                    "cognito-authentication-provider": "", "cognito-authentication-type": "", "cognito-identity-id": "",
                    "cognito-identity-pool-id": "", "http-method": "GET", "stage": "dev", "source-ip": "54.239.119.17", "user": "",
                    "user-agent": "PostmanRuntime/7.29.0", "user-arn": "", "request-id": "ad30c506-de6f-4f5a-ad64-f402f687492c",
                    "resource-id": "j0ypwc", "resource-path": "/status"}}},
    notes=("The Lambda function logged the event API Gateway built with the console's Method Request passthrough template for a "
           "Postman GET with ?deviceid=a1234567890 on a deployed stage: a GET with no body gives \"body-json\": {}; the params "
           "come in the order path, querystring, header, the header names sorted; an unauthenticated call has empty identity "
           "fields. Compared as JSON (Lambda re-serialised it), key order included. The request's headers are those the event shows."),
    licence="not stated in the repository; an event log quoted as test data",
)
case(
    id="review/lambda-event-log/kyopark2014-2022/custom-template-querystring",
    family="input",
    stage="integration_request",
    source={"repo": "kyopark2014/apigw-rest-querystring", "path": "template.md", "section": "사용자 정의 Template"},
    evidence="user-report",
    strength="weak",
    template="#set($inputRoot = $input.path('$'))\n{\n    \"queryStringParameters\": {\n        \"deviceid\": \"$input.params('deviceid')\"\n    }\n}",
    request=req("GET", "/status", headers=KYOPARK_HEADERS, query={"deviceid": "a1234567890"}, context=KYOPARK_CONTEXT),
    expected={"compare": "json", "body_json": {"queryStringParameters": {"deviceid": "a1234567890"}}},
    notes="The event the same API delivered with a custom template; $input.path('$') of a GET with no body is only assigned, never printed.",
    licence="not stated in the repository; an event log quoted as test data",
)


# --------------------------------------------------------------------------------------------------------------
# ToQoz/api-gateway-mapping-template (MIT): misc/gen.js deployed every example as a request template of a real API
# (content type text/test-N) in front of a Lambda function that answers JSON.stringify(event), with the response
# template $input.path('$'), POSTed the payload and wrote what API Gateway answered to test/_.md (copied in tools/).
# So a 200 result is the template's output as Lambda parsed it (compared as JSON; an empty output reaches Lambda as
# the empty event {}), and a non-200 status is API Gateway's own answer.
# --------------------------------------------------------------------------------------------------------------
TOQOZ = "ToQoz/api-gateway-mapping-template"
TOQOZ_LIC = "MIT (test/golden/cases/licenses/ToQoz-api-gateway-mapping-template-LICENSE.txt)"
TOQOZ_FILES = (("47cbd783a648c7d2f5b432c393b21bbebb5a1669", "2015-12-19", "tools/toqoz-results-47cbd78.md"),
               ("a45557f085fc049dde3b35310803d44c2a1ff15b", "2015-12-14", "tools/toqoz-results-a45557f.md"))


def toqoz_rows(here):
    seen = set()
    for commit, date, rel in TOQOZ_FILES:
        example = None
        for line in open(os.path.join(here, rel), encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("## example-"):
                example = line[3:]
            elif line.startswith("`"):
                t, h, p, st, r = [x[1:-1] for x in line.split("|")]
                if (t, p) in seen:
                    continue
                seen.add((t, p))
                yield commit, date, example, t, h, p, int(st), r


def add_toqoz(here):
    for i, (commit, date, example, t, h, p, st, r) in enumerate(toqoz_rows(here)):
        src = {"repo": TOQOZ, "commit": commit, "path": "test/_.md", "anchor": example, "recorded_date": date,
               "how": "misc/gen.js + misc/post_examples.js + misc/result.js: live API Gateway, Lambda echo JSON.stringify(event), response template $input.path('$')"}
        base = dict(family="payload", source=src, evidence="aws-snapshot", licence=TOQOZ_LIC)
        slug = f"review/toqoz-2015/{example}"
        ctype = f"text/test-{i}"
        request = req("POST", "/", headers={"Content-Type": ctype}, body=p, context={"stage": "test", "resourcePath": "/"})
        if st != 200:
            case(id=slug, stage="pipeline", strength="strong",
                 integration={"type": "AWS", "uri": LAMBDA_URI, "httpMethod": "POST", "isLambda": True,
                              "requestTemplates": {ctype: t}, "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {ctype: "$input.path('$')"}}]},
                 request=request, backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
                 expected={"statusCode": st, "compare": "none"},
                 notes=f"Payload {p!r} starts like JSON and breaks off: API Gateway answered {st} before any integration ran; its body then was {r}.",
                 **base)
        elif r.startswith("{errorMessage=Unable to parse input as json"):
            # the Lambda function could not parse the template's output
            want = {"a=b": '""a=b""', '"a=b"': '""a=b""'}[p]
            case(id=slug, stage="integration_request", strength="medium", template=t, request=request,
                 expected={"compare": "exact", "body": want},
                 notes=(f"The Node.js Lambda answered '{r}': the template's output was not JSON, and the first thing after "
                        "its opening '\"\"' is 'a'. $input.json('$') of the payload is the JSON string \"a=b\", which the "
                        "template's own quotes wrap."),
                 **base)
        else:
            value = json.loads(r)
            if value == {}:
                exp = {"compare": "exact", "body_one_of": ["", "{}"]}
                why = "API Gateway answered 200 with {}: the output was the empty string (Lambda's empty event is {}) or {}; anything else that is not JSON would have made the Lambda call fail, and a JSON string would have come back as a string."
            else:
                exp = {"compare": "json", "body_json": value}
                why = f"API Gateway answered 200 with {r}: the output parses to that JSON value."
            case(id=slug, stage="integration_request", strength="strong" if value != {} else "medium", template=t, request=request,
                 expected=exp, notes=f"Payload {p!r}. " + why, **base)


# --------------------------------------------------------------------------------------------------------------
# klymenkoserhii/localstack-wisetack-samples (Nov 2022): the same API deployed on AWS and on LocalStack, AWS's answers
# kept in scripts/results/*/aws_response.json (curl -v output: body and response headers). No licence is stated;
# the templates and the recorded answers are quoted as test data. terraform/002/main.tf deploys the .vm templates with
# every newline removed (replace(file(...), "\n", "")), so the templates here are single lines too.
# --------------------------------------------------------------------------------------------------------------
WISETACK = "klymenkoserhii/localstack-wisetack-samples"
WISETACK_C = "a931d8e4021709280e338f81068c23341f85f8ac"
WISETACK_LIC = "none stated; templates and AWS answers quoted as test data"
WISETACK_REQ = (
    "#set($allParams = $input.params())\n#set($jsonBody = $input.json('$'))\n#set($path = $allParams.get('path'))\n"
    "#set($querystring = $allParams.get('querystring'))\n#set($header = $allParams.get('header'))\n#set($stage = $context.stage)\n"
    "{\n    \"apiContext\": {\n        \"apiId\": \"$context.apiId\",\n        \"method\": \"$context.httpMethod\",\n"
    "        \"sourceIp\": \"$context.identity.sourceIp\",\n        \"userAgent\": \"$context.identity.userAgent\",\n"
    "        \"path\": \"$context.path\",\n        \"protocol\": \"$context.protocol\",\n        \"requestId\": \"$context.requestId\",\n"
    "        \"stage\": \"$stage\"\n    },\n    \"path\": {\n        \"parameterMap\": {\n"
    "            #foreach($paramName in $path.keySet())\n            \"$paramName\": \"$util.escapeJavaScript($path.get($paramName))\"#if($foreach.hasNext),#end\n"
    "            #end\n        }\n    },\n    \"querystring\": {\n        \"parameterMap\":{\n"
    "            #foreach($paramName in $querystring.keySet())\n            \"$paramName\": \"$util.escapeJavaScript($querystring.get($paramName))\"#if($foreach.hasNext),#end\n"
    "            #end\n        }\n    },\n    \"header\": {\n        \"parameterMap\": {\n"
    "            #foreach($paramName in $header.keySet())\n            \"$paramName\": \"$util.escapeJavaScript($header.get($paramName))\"#if($foreach.hasNext),#end\n"
    "            #end\n        }\n    },\n    \"body\": $jsonBody\n}"
).replace("\n", "")
WISETACK_RESP = (
    "#set($responseBody = $input.json('$.responseBody'))\n#set($errorMessage = $input.path('$.errorMessage'))\n"
    "#set($errorType = $input.path('$.errorType'))\n#set($headers = $input.path('$.headers'))\n#set($stage = $context.stage)\n"
    "#foreach($headerName in $headers.keySet())\n    #set($context.responseOverride.header[\"$headerName\"] = \"$headers.get($headerName)\")#if($foreach.hasNext),#end\n#end\n"
    "#if($errorMessage && !$errorMessage.empty)\n{\n    \"mapping_template\": true,\n"
    "    #if($responseBody && !$responseBody.empty && $responseBody != '\"\"' && $responseBody != '{}')\n    \"response\": $responseBody,\n    #end\n"
    "    #if($errorType && !$errorType.empty)\n    \"type\": \"$errorType\",\n    #end\n    #if($errorMessage.startsWith('{'))\n"
    "        #set ($errorMessageObj = $util.parseJson($errorMessage))\n        #if($errorMessageObj.httpStatus && $errorMessageObj.errorMessage)\n"
    "            #set($context.responseOverride.status = $errorMessageObj.httpStatus)\n            \"message\": \"$errorMessageObj.errorMessage\"\n"
    "        #else\n            \"message\": $errorMessage\n        #end\n    #else\n        \"message\": \"$errorMessage\"\n    #end\n}\n"
    "#else\n    #set($context.responseOverride.status = $input.path('$.statusCode'))\n    $responseBody\n#end"
).replace("\n", "")
WISETACK_HEADERS = {
    "Accept": "*/*", "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true", "CloudFront-Is-Mobile-Viewer": "false",
    "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Viewer-ASN": "15895",
    "CloudFront-Viewer-Country": "UA", "content-type": "application/json", "Host": "v4pd0fbnm1.execute-api.us-east-1.amazonaws.com",
    "User-Agent": "unirest-java/curl", "Via": "2.0 3aad72975c9da06e6d0903ad874f0b54.cloudfront.net (CloudFront)",
    "X-Amz-Cf-Id": "7t1jlg4vwa4vojD6Ch8AOzG5DuCq61EvuOplyViBmOYLmMR_P4d8eg==", "X-Amzn-Trace-Id": "Root=1-63809fd5-4b07fb9b471ead587652849a",
    "X-Forwarded-For": "188.163.18.66, 130.176.161.172", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https",
}
WISETACK_CONTEXT = {"stage": "local-test", "resourcePath": "/products/{productId}/items", "apiId": "v4pd0fbnm1",
                    "requestId": "2d8f99fb-a1e0-4acb-a976-aca9fd59331b", "identity": {"sourceIp": "188.163.18.66"}}
WISETACK_EVENT = {
    "apiContext": {"apiId": "v4pd0fbnm1", "method": "POST", "sourceIp": "188.163.18.66", "userAgent": "unirest-java/curl",
                   "path": "/local-test/products/abcd-1234/items", "protocol": "HTTP/1.1", "requestId": "2d8f99fb-a1e0-4acb-a976-aca9fd59331b", "stage": "local-test"},
    "header": {"parameterMap": dict(WISETACK_HEADERS)},
    "path": {"parameterMap": {"productId": "abcd-1234"}},
    "querystring": {"parameterMap": {"limit": "100", "status": "PENDING"}},
    "body": {"prop": "value"},
}


def wisetack_request(body):
    return req("POST", "/products/abcd-1234/items", headers=WISETACK_HEADERS, query={"status": "PENDING", "limit": "100"},
               params={"productId": "abcd-1234"}, body=body, context=WISETACK_CONTEXT)


def wisetack_integration():
    return {"type": "AWS", "uri": LAMBDA_URI, "httpMethod": "POST", "isLambda": True,
            "requestTemplates": {"application/json": WISETACK_REQ},
            "responses": [{"selectionPattern": "default", "statusCode": "200", "responseTemplates": {"application/json": WISETACK_RESP}},
                          {"selectionPattern": ".*httpStatus\\\":400.*", "statusCode": "400",
                           "responseTemplates": {"application/json": "#set($errorMessage = $input.path('$.errorMessage'))\n $errorMessage"}}]}


case(
    id="review/wisetack-2022/request-template-event",
    family="input",
    stage="integration_request",
    source={"repo": WISETACK, "commit": WISETACK_C, "path": "scripts/results/002/aws_response.json", "template": "terraform/002/request-template-aws.vm",
            "request": "scripts/002_invoke_post_api.sh", "recorded_date": "2022-11-25"},
    evidence="user-report",
    strength="medium",
    template=WISETACK_REQ,
    request=wisetack_request('{"prop": "value"}'),
    expected={"compare": "json", "body_json": WISETACK_EVENT},
    notes=("The Java Lambda echoed the event API Gateway rendered (its 'event' field; the function deserialised and "
           "re-serialised it, so key order is not compared). $context.path is the stage-prefixed path, $context.protocol "
           "HTTP/1.1, $input.json('$') the body, and the header map is what the edge-optimised endpoint received "
           "(CloudFront's headers included). The single-line template is the .vm file as terraform deployed it."),
    licence=WISETACK_LIC,
)

# the 'responseBody' the function answered for request 002 (its 'env' member left out: environment variables)
WISETACK_002_BODY = json.loads('{"context": {"awsRequestId": "cbd344a4-8647-4f47-a088-8eef2c319108", "logGroupName": "/aws/lambda/LambdaRequestHandler", "logStreamName": "2022/11/25/[$LATEST]6597e958376c43ddb4fd3b29645f5a00", "functionName": "LambdaRequestHandler", "functionVersion": "$LATEST", "invokedFunctionArn": "arn:aws:lambda:us-east-1:502352461425:function:LambdaRequestHandler", "logger": {}, "memoryLimitInMB": 128, "remainingTimeInMillis": 899997}, "event": {"apiContext": {"apiId": "v4pd0fbnm1", "method": "POST", "sourceIp": "188.163.18.66", "userAgent": "unirest-java/curl", "path": "/local-test/products/abcd-1234/items", "protocol": "HTTP/1.1", "requestId": "2d8f99fb-a1e0-4acb-a976-aca9fd59331b", "stage": "local-test"}, "header": {"parameterMap": {"Accept": "*/*", "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true", "CloudFront-Is-Mobile-Viewer": "false", "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Viewer-ASN": "15895", "CloudFront-Viewer-Country": "UA", "content-type": "application/json", "Host": "v4pd0fbnm1.execute-api.us-east-1.amazonaws.com", "User-Agent": "unirest-java/curl", "Via": "2.0 3aad72975c9da06e6d0903ad874f0b54.cloudfront.net (CloudFront)", "X-Amz-Cf-Id": "7t1jlg4vwa4vojD6Ch8AOzG5DuCq61EvuOplyViBmOYLmMR_P4d8eg==", "X-Amzn-Trace-Id": "Root=1-63809fd5-4b07fb9b471ead587652849a", "X-Forwarded-For": "188.163.18.66, 130.176.161.172", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"}}, "path": {"parameterMap": {"productId": "abcd-1234"}}, "querystring": {"parameterMap": {"limit": "100", "status": "PENDING"}}, "body": {"prop": "value"}}}')

case(
    id="review/wisetack-2022/response-overrides-202",
    family="context",
    stage="pipeline",
    source={"repo": WISETACK, "commit": WISETACK_C, "path": "scripts/results/002/aws_response.json", "template": "terraform/002/response-template-aws.vm",
            "integration": "terraform/002/api.json", "lambda": "src/main/java/com/wisetack/samples/LambdaRequestHandler.java", "recorded_date": "2022-11-25"},
    evidence="user-report",
    strength="medium",
    integration=wisetack_integration(),
    request=wisetack_request('{"prop": "value"}'),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"},
             "body": json.dumps({"responseBody": WISETACK_002_BODY, "statusCode": 202, "errorMessage": None, "errorType": None, "headers": {"X-Wisetack-Token": "Test-Wisetack-Token"}})},
    expected={"statusCode": 202, "compare": "json", "body_json": WISETACK_002_BODY, "headers": {"content-type": "application/json", "x-wisetack-token": "Test-Wisetack-Token"}},
    notes=("curl -v showed HTTP/2 202, content-type application/json and x-wisetack-token: the response template set "
           "$context.responseOverride.status from $input.path('$.statusCode') (202) and a header through "
           "#set($context.responseOverride.header[\"$headerName\"] = ...) in a #foreach over the function's headers map; the "
           "body is $input.json('$.responseBody'). The function's answer is reconstructed from its code (ApiResponse: "
           "responseBody, statusCode, errorMessage, errorType, headers)."),
    licence=WISETACK_LIC,
)
WISETACK_ERR = '{"httpStatus":400, "errorMessage":"Test Bad request"}'
case(
    id="review/wisetack-2022/lambda-error-selection-400",
    family="selection",
    stage="pipeline",
    source={"repo": WISETACK, "commit": WISETACK_C, "path": "scripts/results/004/aws_response.json", "integration": "terraform/002/api.json",
            "request": "scripts/004_invoke_post_api_with_error.sh", "lambda": "src/main/java/com/wisetack/samples/ApiExceptionThrower.java", "recorded_date": "2022-11-24"},
    evidence="user-report",
    strength="medium",
    integration=wisetack_integration(),
    request=wisetack_request('{"httpStatus": "400", "errorMessage": "Test Bad request"}'),
    backend={"statusCode": 200, "errorMessage": WISETACK_ERR, "headers": {"Content-Type": "application/json", "X-Amz-Function-Error": "Unhandled"},
             "body": json.dumps({"errorMessage": WISETACK_ERR, "errorType": "java.lang.RuntimeException", "stackTrace": ["com.wisetack.samples.ApiExceptionThrower.throwApiException(ApiExceptionThrower.java:33)"]})},
    expected={"statusCode": 400, "compare": "exact", "body": " " + WISETACK_ERR, "headers": {"content-type": "application/json"}},
    notes=("The function threw RuntimeException('{\"httpStatus\":400, \"errorMessage\":\"Test Bad request\"}'); the "
           "selection pattern .*httpStatus\\\":400.* matched its errorMessage and chose the 400 response, whose template "
           "'#set($errorMessage = $input.path(\\'$.errorMessage\\'))\\n $errorMessage' printed the message after one space: "
           "curl showed HTTP/2 400 and content-length 54 (the message is 53 characters; the newline after #set is not "
           "printed). The body shown in the file is jq's re-indentation."),
    licence=WISETACK_LIC,
)


# --------------------------------------------------------------------------------------------------------------
# Users quoting what API Gateway delivered, in GitHub issues (user reports)
# --------------------------------------------------------------------------------------------------------------
case(
    id="review/issue/serverless-1014/params-path-map-printed",
    family="printing",
    stage="integration_request",
    source={"url": "https://github.com/serverless/serverless/issues/1014", "repository": "serverless/serverless", "thread": "$input.params always an unparsed string", "date": "2016-04-15"},
    evidence="user-report",
    strength="weak",
    template='{"pathParams":"$input.params().path"}',
    request=req("GET", "/foo/value", params={"arg": "value"}, context={"stage": "dev", "resourcePath": "/foo/{arg}"}),
    expected={"compare": "json", "body_json": {"pathParams": "{arg=value}"}},
    notes="GET /foo/value on /foo/{arg}: event.pathParams was the string {arg=value} (a Java map printed). Serverless 0.5 sent the template as compact JSON.",
    licence="quoted from a GitHub issue for testing",
)
SIMOAMI_HEADERS = {
    "Accept": "application/json", "Accept-Encoding": "gzip, deflate, sdch, br", "Accept-Language": "en-US,en;q=0.8,fr;q=0.6,ru;q=0.4",
    "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true", "CloudFront-Is-Mobile-Viewer": "false",
    "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Viewer-Country": "US",
    "Content-Type": "application/json", "Host": "bty1a4k1a7.execute-api.us-east-1.amazonaws.com",
    "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.84 Safari/537.36",
    "Via": "1.1 14f603c905dd45ba5c6093eee54dbdc4.cloudfront.net (CloudFront)", "X-Amz-Cf-Id": "G0KK-rest-of-the-id==",
}
case(
    id="review/issue/serverless-1014/params-header-map-printed",
    family="printing",
    stage="integration_request",
    source={"url": "https://github.com/serverless/serverless/issues/1014", "repository": "serverless/serverless", "comment": "simoami, 2016-06-18"},
    evidence="user-report",
    strength="weak",
    template='{"test": "$input.params().header"}',
    request=req("GET", "/", headers=SIMOAMI_HEADERS, context={"stage": "dev", "resourcePath": "/"}),
    expected={"compare": "exact", "placeholders": True, "body": '{"test": "{' + ", ".join(f"{k}={v}" for k, v in SIMOAMI_HEADERS.items() if k != "X-Amz-Cf-Id") + ', X-Amz-Cf-Id=G0KK<the rest, cut off in the report>'},
    notes=("\"Here's what you get\": the header map printed as Java prints a map, keys sorted, values as sent (a comma "
           "inside a value is not escaped). The report is cut after X-Amz-Cf-Id=G0KK; the headers after it are unknown "
           "(X-Forwarded-* would sort after it) and a stand-in id ends the request."),
    licence="quoted from a GitHub issue for testing",
)
JGONERA_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "Accept-Encoding": "gzip, deflate, br",
    "Accept-Language": "en-US,en;q=0.5", "cache-control": "no-cache", "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true",
    "CloudFront-Is-Mobile-Viewer": "false", "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false",
    "CloudFront-Viewer-ASN": "16342", "CloudFront-Viewer-Country": "PL",
    "Cookie": "__stripe_mid=b6c6f963-d084-4f95-a08b-517e5a4e4916740344; __stripe_sid=b9c4f39e-78b5-4caf-8d8a-86da120a9b2bec82a0; basic_user_qty=1; number_type=toll_free; package=voip_user_tiered; pdc_lead_session_token=3593c55a-4ec3-422c-9da7-64fb3e6df38c; plus_user_qty=0; pro_user_qty=0",
    "Host": "ck764avt73.execute-api.us-west-1.amazonaws.com", "pragma": "no-cache", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", "sec-fetch-site": "none",
}
PASSTHROUGH_PARAMS_BLOCK = (
    "#set($allParams = $input.params())\n{\n\"params\" : {\n#foreach($type in $allParams.keySet())\n    #set($params = $allParams.get($type))\n"
    "\"$type\" : {\n    #foreach($paramName in $params.keySet())\n    \"$paramName\" : \"$util.escapeJavaScript($params.get($paramName))\"\n"
    "        #if($foreach.hasNext),#end\n    #end\n}\n    #if($foreach.hasNext),#end\n#end\n}\n}\n"
)
# the same headers, shuffled: the order the client sent them in is not what the template prints
_shuffled = dict(sorted(JGONERA_HEADERS.items(), key=lambda kv: kv[0][::-1]))
case(
    id="review/issue/localstack-6462/header-map-case-insensitive-order",
    family="input",
    stage="integration_request",
    source={"url": "https://github.com/localstack/localstack/issues/6462", "repository": "localstack/localstack", "thread": "bug: API Gateway Method Integration's Request Template modifies event incorrectly", "author": "jgonera", "date": "2022-08"},
    evidence="user-report",
    strength="medium",
    template=PASSTHROUGH_PARAMS_BLOCK,
    request=req("GET", "/", headers=_shuffled, context={"stage": "dev", "resourcePath": "/"}),
    expected={"compare": "json", "ordered": True, "body_json": {"params": {"path": {}, "querystring": {}, "header": dict(JGONERA_HEADERS)}}},
    notes=("The event a browser GET produced on AWS (ck764avt73.execute-api.us-west-1, with CloudFront's headers) through "
           "the Method Request passthrough template: the header names come sorted without regard to case (cache-control "
           "between Accept-Language and CloudFront-*, pragma after Host). The issue shows the event only up to "
           "sec-fetch-user; this case keeps the params block of the template and the headers before the cut, and "
           "sends them in another order. (The same event has \"body-json\": {} for the GET.)"),
    licence="quoted from a GitHub issue for testing",
)
for name, tmpl, body, want, what in (
    ("parseJson-invalid-json", "[$util.parseJson($input.path('$.s'))]", '{"s": "{\\"a\\":"}', "[]", "If input is not a valid JSON ... aws => return empty string"),
    ("parseJson-number", "[$util.parseJson($input.path('$.n'))]", '{"n": 42}', "[]", "If input is a numeric ... aws => return empty string"),
    ("escapeJavaScript-undefined", "[$util.escapeJavaScript($input.path('$.missing'))]", '{"n": 42}', "[]", "escapeJavaScript: if input is undefined ... aws => return empty string"),
):
    case(
        id=f"review/issue/serverless-offline-136/{name}",
        family="util",
        stage="integration_request",
        source={"url": "https://github.com/dherault/serverless-offline/issues/136", "repository": "dherault/serverless-offline", "thread": "parseJson & escapeJavaScript: discrepancy between plugin and aws", "date": "2016-10-25"},
        evidence="user-report",
        strength="weak",
        template=tmpl,
        request=req("POST", "/", headers={"Content-Type": "application/json"}, body=body, context={"stage": "dev", "resourcePath": "/"}),
        expected={"compare": "exact", "body": want},
        notes=f"The reporter compared the plugin with AWS (2016): \"{what}\". The exact input is not in the report: a truncated JSON string, a number and a missing path stand for it.",
        licence="quoted from a GitHub issue for testing",
    )


# --------------------------------------------------------------------------------------------------------------
# LocalStack's unit tests of its template engine not used so far (emulator evidence: written to match AWS, not
# recorded on it)
# --------------------------------------------------------------------------------------------------------------
P_UNIT = "tests/unit/services/apigateway/test_template_mapping.py"
for name, test, tmpl, body, want in (
    ("urlEncode", "TestVelocityUtilApiGatewayFunctions::test_render_template_values", "$util.urlEncode($input.path('$.s'))", '{"s": "x=a+b"}', "x%3Da%2Bb"),
    ("urlDecode", "TestVelocityUtilApiGatewayFunctions::test_render_template_values", "$util.urlDecode($input.path('$.s'))", '{"s": "x=a+b"}', "x=a b"),
    ("escapeJavaScript-json-text", "TestVelocityUtilApiGatewayFunctions::test_render_template_values", "$util.escapeJavaScript($input.path('$.s'))", '{"s": "{\\"foo\\"\\": 123}"}', '{\\"foo\\"\\": 123}'),
    ("escapeJavaScript-of-input-json", "TestApiGatewayVtlTemplate::test_apply_template", "$util.escapeJavaScript($input.json('$.message'))", '{"action":"$default","message":"foobar"}', '\\"foobar\\"'),
    ("parseJson-string-and-boolean", "TestVelocityUtilApiGatewayFunctions::test_parse_json", "#set($s = $util.parseJson('\"string\"'))#set($b = $util.parseJson('true'))$s|$b|$util.parseJson('[]').size()", "{}", "string|true|0"),
    ("parseJson-array-index", "TestVelocityUtilApiGatewayFunctions::test_parse_json", "$util.parseJson('[1,2,3]')[0]", "{}", "1"),
):
    case(
        id=f"review/localstack-unit/{name}",
        family="util",
        stage="integration_request",
        source={"repo": LS, "commit": LS_HEAD, "path": P_UNIT, "test": f"{P_UNIT}::{test}"},
        evidence="emulator",
        strength="weak",
        template=tmpl,
        request=req("POST", "/", headers={"Content-Type": "application/json"}, body=body, context={"stage": "dev", "resourcePath": "/"}),
        expected={"compare": "exact", "body": want},
        notes="LocalStack's unit test calls its $util/$input directly; here the same value goes through a template (the input read from the body with $input.path, or written as a literal).",
        licence=LS_LIC,
    )


# LocalStack's handler tests, "manually tested against AWS, with the console and a SSH tunnel ... to my own small
# flask server" (localstack/localstack#11135, the PR that added them): still emulator evidence, the strongest kind.
P_IRESP = "tests/unit/services/apigateway/test_handler_integration_response.py"
P_URI = "tests/unit/services/apigateway/test_uri_interpolation.py"
PR_11135 = "https://github.com/localstack/localstack/pull/11135"


def unit_source(path, test):
    return {"repo": LS, "commit": LS_HEAD, "path": path, "test": f"{path}::{test}", "validated": PR_11135 if path == P_IRESP else None}


SEL_HTTP = [{"selectionPattern": "", "statusCode": "200"}, {"selectionPattern": "400", "statusCode": "400"}, {"selectionPattern": "5\\d{2}", "statusCode": "500"}]
for name, responses, status, want in (
    ("http-404-falls-back-to-default", SEL_HTTP, 404, 200),
    ("http-501-matches-5xx", SEL_HTTP, 501, 500),
    ("http-no-default-no-match-500", [{"selectionPattern": "200", "statusCode": "200"}], 404, 500),
):
    case(
        id=f"review/localstack-unit/selection/{name}",
        family="selection",
        stage="pipeline",
        source=unit_source(P_IRESP, "TestSelectionPattern::" + ("test_selection_pattern_no_default" if "no-default" in name else "test_selection_pattern_status_code")),
        evidence="emulator",
        strength="weak",
        integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "GET", "responses": responses},
        request=req("GET", "/", context={"stage": "dev", "resourcePath": "/"}),
        backend={"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": '{"foo":"bar"}'},
        expected={"statusCode": want, "compare": "json" if want == 500 and "no-default" in name else "none", **({"body_json": {"message": "Internal server error"}} if "no-default" in name else {})},
        notes=("An HTTP integration's selection patterns match the backend status; no match falls back to the response without a pattern"
               if "no-default" not in name else "No pattern matches and there is no default response: API Gateway answers 500 Internal server error (a configuration error)."),
        licence=LS_LIC,
    )
for name, message, want in (("malformed-selects-400", "Malformed request", 400), ("unmatched-error-falls-back-200", "Random error", 200)):
    case(
        id=f"review/localstack-unit/selection/lambda-{name}",
        family="selection",
        stage="pipeline",
        source=unit_source(P_IRESP, "TestSelectionPattern::test_selection_pattern_string"),
        evidence="emulator",
        strength="weak",
        integration={"type": "AWS", "uri": LAMBDA_URI, "httpMethod": "POST", "isLambda": True,
                     "responses": [{"selectionPattern": "", "statusCode": "200"}, {"selectionPattern": "Malformed.*", "statusCode": "400"}, {"selectionPattern": "Internal.*", "statusCode": "500"}]},
        request=req("GET", "/", context={"stage": "dev", "resourcePath": "/"}),
        backend={"statusCode": 200, "errorMessage": message, "headers": {"Content-Type": "application/json", "X-Amz-Function-Error": "Unhandled"}, "body": json.dumps({"errorMessage": message, "errorType": "Exception"})},
        expected={"statusCode": want, "compare": "none"},
        notes="A Lambda error's errorMessage is matched against the patterns (the whole message: Java's Pattern.matches); an unmatched error takes the default response.",
        licence=LS_LIC,
    )
for value in (600, 99):
    case(
        id=f"review/localstack-unit/response-override-status-{value}-ignored",
        family="context",
        stage="pipeline",
        source=unit_source(P_IRESP, "TestHandlerIntegrationResponse::test_status_code"),
        evidence="emulator",
        strength="weak",
        integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "GET",
                     "responses": [{"selectionPattern": "", "statusCode": "300", "responseTemplates": {"application/json": f"#set($context.responseOverride.status = {value})"}}]},
        request=req("GET", "/", context={"stage": "dev", "resourcePath": "/"}),
        backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": '{"foo":"bar"}'},
        expected={"statusCode": 300, "compare": "none"},
        notes=f"$context.responseOverride.status = {value} is outside 100..599: the override is not taken, the integration response's 300 stands.",
        licence=LS_LIC,
    )
case(
    id="review/localstack-unit/response-override-header-beats-parameter",
    family="context",
    stage="pipeline",
    source=unit_source(P_IRESP, "TestHandlerIntegrationResponse::test_headers"),
    evidence="emulator",
    strength="weak",
    integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "GET",
                 "responses": [{"selectionPattern": "", "statusCode": "200", "responseParameters": {"method.response.header.header": "integration.response.body"},
                                "responseTemplates": {"application/json": "#set($context.responseOverride.header.header = 'from override')"}}]},
    request=req("GET", "/", context={"stage": "dev", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": '{"foo":"bar"}'},
    expected={"statusCode": 200, "compare": "none", "headers": {"header": "from override"}},
    notes="A header mapped from integration.response.body is overwritten by $context.responseOverride.header of the response template.",
    licence=LS_LIC,
)
case(
    id="review/localstack-unit/response-template-json-preferred",
    family="selection",
    stage="pipeline",
    source=unit_source(P_IRESP, "TestHandlerIntegrationResponse::test_default_template_selection_behavior"),
    evidence="emulator",
    strength="weak",
    integration={"type": "HTTP", "uri": "https://backend.example/", "httpMethod": "GET",
                 "responses": [{"selectionPattern": "", "statusCode": "200", "responseTemplates": {"application/xml": "xml", "application/json": "json"}}]},
    request=req("GET", "/", context={"stage": "dev", "resourcePath": "/"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": '{"foo":"bar"}'},
    expected={"statusCode": 200, "compare": "exact", "body": "json"},
    notes="No Accept header and a text/html backend: the application/json response template is used.",
    licence=LS_LIC,
)

# stage variables in an HTTP integration uri: the guide's examples (as LocalStack's test copies them) and two edge cases
STAGE_VARS = {"stageVar": "stageValue", "stageDomain": "example.com", "moreVar": "var"}
for name, uri, want, kind in (
    ("domain-and-path", "https://${stageVariables.stageDomain}/resource/operation", "https://example.com/resource/operation", "documentation"),
    ("query-string", "https://example.com/foo?q=${stageVariables.stageVar}", "https://example.com/foo?q=stageValue", "documentation"),
    ("undefined-variable-is-empty", "https://test.domain.example/root/${stageVariables.path}", "https://test.domain.example/root/", "emulator"),
    ("bad-format-left-as-is", "https://test.domain.example/root/${path\\}", "https://test.domain.example/root/${path\\}", "emulator"),
):
    src = unit_source(P_URI, "TestUriInterpolationStageVariables::" + {"undefined-variable-is-empty": "test_uri_interpolating_with_no_variable", "bad-format-left-as-is": "test_uri_interpolating_with_bad_format"}.get(name, "test_uri_stage_variables_interpolation"))
    if kind == "documentation":
        src = {"url": "https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html#stage-variables-in-integration-HTTP-uris", "copied_in": src}
    case(
        id=f"review/stage-variables-uri/{name}",
        family="stage-variables",
        stage="pipeline",
        source=src,
        evidence=kind,
        strength="weak",
        integration={"type": "HTTP", "uri": uri, "httpMethod": "GET", "responses": [{"selectionPattern": "", "statusCode": "200"}]},
        request=req("GET", "/", stage_vars=STAGE_VARS if name != "undefined-variable-is-empty" else {}, context={"stage": "dev", "resourcePath": "/"}),
        backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
        expected={"statusCode": 200, "compare": "none", "integration_request": {"uri": want}},
        notes={"documentation": "The developer guide's stage-variable uri examples (stageVar=stageValue, stageDomain=example.com).",
               "emulator": ("An undefined stage variable leaves nothing in the uri." if name == "undefined-variable-is-empty" else
                            "A malformed ${...\\} is not a stage variable and stays as written (LocalStack's test says it was tried on AWS).")}[kind],
        licence=LS_LIC if kind == "emulator" else AWSDOCS_LIC,
    )


# nulib/localstack-api-gateway (Apr 2022): one API deployed on AWS and on LocalStack, AWS's answers in its README
NULIB = "nulib/localstack-api-gateway"
NULIB_C = "48eb52a8bdf48b957d8b43fae20db0f9ebf5fce2"
CURL_HEADERS = {"Host": "API_ID.execute-api.us-east-1.amazonaws.com", "User-Agent": "curl/7.79.1", "Accept": "*/*"}
case(
    id="review/nulib-2022/mock-echo-path-param",
    family="mock",
    stage="pipeline",
    source={"repo": NULIB, "commit": NULIB_C, "path": "README.md", "section": "Mock Integration with Transformation / AWS", "integration": "api_definition.json (deployed by api.tf)", "recorded_date": "2022-04-12"},
    evidence="user-report",
    strength="strong",
    integration={"type": "MOCK", "passthroughBehavior": "WHEN_NO_TEMPLATES", "requestTemplates": {"application/json": '{"statusCode": 200}'},
                 "responses": [{"selectionPattern": "default", "statusCode": "200", "responseTemplates": {"application/json": "{\"echo\": \"$input.params('data')\", \"response\": \"mocked\"}"}}]},
    request=req("GET", "/echo/sometext", headers=CURL_HEADERS, params={"data": "sometext"}, context={"stage": "latest", "resourcePath": "/echo/{data}"}),
    expected={"statusCode": 200, "compare": "exact", "body": '{"echo": "sometext", "response": "mocked"}'},
    notes="curl on the AWS deployment printed the MOCK response exactly; a GET with no Content-Type still runs the application/json request template under WHEN_NO_TEMPLATES.",
    licence="none stated; an AWS answer quoted as test data",
)
NULIB_HEADERS = {
    "Accept": "*/*", "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true", "CloudFront-Is-Mobile-Viewer": "false",
    "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Viewer-Country": "US",
    "Host": "API_ID.execute-api.us-east-1.amazonaws.com", "User-Agent": "curl/7.79.1", "Via": "2.0 977219f9fca056a953830ed07e32854e.cloudfront.net (CloudFront)",
    "X-Amz-Cf-Id": "v8ETbdeaTJl-UHvwF7UY-y7j2B03H0zOc51ybGK5mPPAAC8kmow6uw==", "X-Amzn-Trace-Id": "Root=1-6255edd4-2606567557477a4a30d2d1c9",
    "X-Forwarded-For": "129.105.19.114, 130.176.168.140", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https",
}
case(
    id="review/nulib-2022/params-template-event",
    family="input",
    stage="integration_request",
    source={"repo": NULIB, "commit": NULIB_C, "path": "README.md", "section": "Lambda Integration with Event InvocationType and Transformations / AWS / Lambda Log", "template": "api_definition.json /wait/{seconds}", "recorded_date": "2022-04-12"},
    evidence="user-report",
    strength="medium",
    template="#set($allParams = $input.params())\n{\n  \"params\" : {\n    #foreach($type in $allParams.keySet())\n      #set($params = $allParams.get($type))\n      \"$type\" : {\n        #foreach($paramName in $params.keySet())\n          \"$paramName\" : \"$util.escapeJavaScript($params.get($paramName))\"\n          #if($foreach.hasNext),#end\n        #end\n      }\n      #if($foreach.hasNext),#end\n    #end\n  }\n}\n",
    request=req("GET", "/wait/3", headers=dict(sorted(NULIB_HEADERS.items(), key=lambda kv: kv[1])), params={"seconds": "3"}, context={"stage": "latest", "resourcePath": "/wait/{seconds}"}),
    expected={"compare": "json", "ordered": True, "body_json": {"params": {"path": {"seconds": "3"}, "querystring": {}, "header": dict(NULIB_HEADERS)}}},
    notes="The Node.js function logged JSON.stringify of the event (the template's output, parsed): params in the order path, querystring, header; header names sorted (the request here sends them in another order); a GET from curl on an edge-optimised endpoint.",
    licence="none stated; an AWS event log quoted as test data",
)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    add_toqoz(out)
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(out, "review.json"), "w") as f:
        json.dump(CASES, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
