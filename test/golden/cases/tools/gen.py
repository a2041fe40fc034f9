#!/usr/bin/env python3
# Builds test/golden/cases/*.json: AWS-recorded mapping-template cases from public sources other than the shared
# corpus. Inputs are reconstructed from the tests' code; `notes` says where something had to be inferred.
import base64, json, random, sys, textwrap, os, copy

OUT = sys.argv[1]
LS = {"repo": "localstack/localstack", "commit": "8b9a79f05846835cf4dff63ab7eefdde9df83783"}
LS_LIC = "Apache-2.0 (test/golden/cases/licenses/localstack-LICENSE.txt)"
D = "tests/aws/services/apigateway/"
cases = []


def ls_src(file, test, keys, date, validated=None, extra=None):
    s = dict(LS)
    s.update({"path": D + file + ".py", "test": D + file + ".py::" + test, "snapshot_file": D + file + ".snapshot.json",
              "snapshot_keys": keys, "recorded_date": date, "marker": "markers.aws.validated"})
    if validated:
        s["last_validated_date"] = validated
    if extra:
        s.update(extra)
    return s


def req(method="GET", path="/", headers=None, body=None, qs=None, pp=None, sv=None, ctx=None, resource=None):
    r = {"httpMethod": method, "path": path, "headers": headers or {}, "queryStringParameters": qs or {},
         "pathParameters": pp or {}, "stageVariables": sv or {}}
    if body is not None:
        r["body"] = body
    c = {"stage": "dev"}
    if resource:
        c["resourcePath"] = resource
    if ctx:
        c.update(ctx)
    r["context"] = c
    return r


def add(**kw):
    kw.setdefault("licence", LS_LIC)
    kw.setdefault("recorded_against_aws", kw["evidence"].startswith("aws-"))
    cases.append(kw)


def mock(request_templates, responses, passthrough=None, request_parameters=None):
    spec = {"type": "MOCK", "requestTemplates": request_templates, "responses": responses}
    if passthrough:
        spec["passthroughBehavior"] = passthrough
    if request_parameters:
        spec["requestParameters"] = request_parameters
    return spec


def resp(status="200", pattern="default", templates=None, params=None):
    r = {"selectionPattern": pattern, "statusCode": status}
    if templates is not None:
        r["responseTemplates"] = templates
    if params:
        r["responseParameters"] = params
    return r


J = "application/json"
dd = textwrap.dedent

# ---------------------------------------------------------------------------------------------------------------
# test_apigateway_integrations.py: MOCK integrations
F = "test_apigateway_integrations"
add(id="localstack/mock-with-path-param/unquoted-statuscode", family="payload", stage="pipeline",
    source=ls_src(F, "test_integration_mock_with_path_param", ["integration"], "29-11-2024, 19:27:54"),
    evidence="aws-assertion", strength="strong",
    integration=mock({J: "{statusCode: 200}"}, [resp("200", "2\\d{2}", {})],
                     request_parameters={"integration.request.path.integrationPath": "method.request.path.testPath"}),
    request=req("GET", "/test-path", pp={"testPath": "test-path"}, resource="/{testPath}"),
    expected={"statusCode": 200, "compare": "exact", "body": ""},
    notes="The request template `{statusCode: 200}` is not JSON (an unquoted key, as CDK writes for CORS); AWS accepts it: the test asserts status 200 and an empty body. json-smart's permissive mode reads unquoted keys.")

b = lambda o: base64.b64encode(json.dumps(o).encode()).decode()
RT_OVR = dd("""#set($body = $util.base64Decode($input.params('testPath')))
    #set($context.requestOverride.path.body = $body)
    {
      "statusCode": 200
    }
    """)
RS_OVR = dd("""
    #set($body = $util.parseJson($context.requestOverride.path.body))
    #set($inputBody = $body.message)
    #if($inputBody == "path1")
    {
       "response": "path was path one"
    }
    #elseif($inputBody == "path2")
    {
       "response": "path was path two"
    }
    #else
    {
      "response": "this is the else clause"
    }
    #end
    """)
for key, msg, out in [("invoke-path1", "path1", "path was path one"), ("invoke-path2", "path2", "path was path two"),
                      ("invoke-path-else", "whatever", "this is the else clause")]:
    add(id=f"localstack/mock-request-override-read-in-response/{key}", family="context", stage="pipeline",
        source=ls_src(F, "test_integration_mock_with_request_overrides_in_response_template", [key], "06-11-2024, 23:09:04"),
        evidence="aws-snapshot", strength="strong",
        integration=mock({J: RT_OVR}, [resp("200", "2\\d{2}", {J: RS_OVR})]),
        request=req("GET", "/" + b({"message": msg}), pp={"testPath": b({"message": msg})}, resource="/{testPath}"),
        expected={"statusCode": 200, "compare": "json", "body_json": {"response": out}},
        notes="The request template writes $context.requestOverride.path.body; the response template of the same request reads it back: one $context per request.")

RT_RSO = dd("""
    #set($context.responseOverride.status = 444)
    #set($context.responseOverride.header.foo = "bar")
    #set($context.responseOverride.custom = "is also passed around")
    {
      "statusCode": 200
    }
    """)
RS_RSO = dd("""
    #set($statusOverride = $context.responseOverride.status)
    #set($fooHeader = $context.responseOverride.header.foo)
    #set($custom = $context.responseOverride.custom)
    {
        "statusOverride": "$statusOverride",
        "fooHeader": "$fooHeader",
        "custom": "$custom"
    }
    """)
T = "test_integration_mock_with_response_override_in_request_template"
add(id="localstack/mock-response-override-in-request-template/with-response-template", family="context", stage="pipeline",
    source=ls_src(F, T + "[True]", ["response"], "16-05-2025, 10:22:21"),
    evidence="aws-snapshot", strength="strong",
    integration=mock({J: RT_RSO}, [resp("200", "2\\d{2}", {J: RS_RSO})]),
    request=req("GET", "/", resource="/"),
    expected={"statusCode": 444, "headers": {"foo": "bar"}, "compare": "json",
              "body_json": {"custom": "is also passed around", "fooHeader": "bar", "statusOverride": "444"}},
    notes="responseOverride.status/header set in a MOCK request template become the method response's status and header (the test asserts the header foo: bar); a key of the template's own (custom) survives to the response template.")
add(id="localstack/mock-response-override-in-request-template/no-response-template", family="context", stage="pipeline",
    source=ls_src(F, T + "[False]", ["response"], "16-05-2025, 10:22:27"),
    evidence="aws-snapshot", strength="strong",
    integration=mock({J: RT_RSO}, [resp("200", "2\\d{2}", {})]),
    request=req("GET", "/", resource="/"),
    expected={"statusCode": 444, "headers": {"foo": "bar"}, "compare": "exact", "body": ""},
    notes="No response template: the MOCK body is empty (the snapshot records b''), and the request template's responseOverride still sets status 444 and header foo.")

RT_MAP = dd("""
    #set($paramName = "foo")
    #set($context.requestOverride.querystring[$paramName] = "bar")
    #set($paramPutName = "putfoo")
    $context.requestOverride.querystring.put($paramPutName, "putBar")
    #set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")
    {
      "statusCode": 200
    }
    """)
RS_MAP = dd("""
    #set($value = $context.requestOverride.querystring["foo"])
    #set($value2 = $context.requestOverride.querystring["putfoo"])
    #set($value3 = $context.requestOverride.querystring["nestedfoo"])
    {
        "value": "$value",
        "value2": "$value2",
        "value3": "$value3"
    }
    """)
add(id="localstack/mock-vtl-map-assignation", family="map-writes", stage="pipeline",
    source=ls_src(F, "test_integration_mock_with_vtl_map_assignation", ["response"], "29-05-2025, 15:49:45"),
    evidence="aws-snapshot", strength="strong",
    integration=mock({J: RT_MAP}, [resp("200", "2\\d{2}", {J: RS_MAP})]),
    request=req("GET", "/", resource="/"),
    expected={"statusCode": 200, "compare": "json", "body_json": {"value": "bar", "value2": "putBar", "value3": "nestedFoo"}},
    notes="#set($m[$k] = v), $m.put(k, v) and #set($context[\"requestOverride\"].querystring[\"k\"] = v) all write the request's one $context.")

# HTTP status selection
for got, want in [(404, 400), (201, 200)]:
    add(id=f"localstack/http-status-code-selection/{got}", family="selection", stage="pipeline",
        source=ls_src(F, "test_http_integration_status_code_selection", [], "(assertion only)", extra={"snapshot_file": None}),
        evidence="aws-assertion", strength="strong",
        integration={"type": "HTTP", "uri": "https://echo.example/status/{status}", "httpMethod": "GET",
                     "requestParameters": {"integration.request.path.status": "method.request.path.status"},
                     "responses": [resp("200"), resp("400", "4\\d{2}")]},
        request=req("GET", f"/{got}", headers={"User-Agent": "python-requests/testing"}, pp={"status": str(got)}, resource="/{status}"),
        backend={"statusCode": got, "headers": {"Content-Type": "application/json"}, "body": "{}"},
        expected={"statusCode": want, "compare": "none"},
        notes="The backend (an echo server) answers with the status in its path; selectionPattern 4\\d{2} maps 404 to 400, anything else takes the default 200. The backend body is a stand-in (the test asserts only the status).")

# Header remapping (test_apigateway_header_remapping_http / _aws)
HEADERS = ["Accept", "Accept-Charset", "Accept-Encoding", "Age", "Authorization", "Connection", "Content-Encoding",
           "Content-Length", "Content-MD5", "Content-Type", "Date", "Expect", "Host", "Max-Forwards", "Pragma",
           "Proxy-Authenticate", "Range", "Referer", "Server", "TE", "Transfer-Encoding", "Trailer", "Upgrade",
           "User-Agent", "Via", "Warn", "WWW-Authenticate"]
CLIENT = {"Accept": "application/json", "Accept-Charset": "UTF-8", "Accept-Encoding": "br", "Age": "request_Age",
          "Authorization": "Unauthorized", "Connection": "close", "Content-Encoding": "deflate",
          "Content-MD5": "request_Content-MD5", "Content-Type": "application/json", "Date": "request_Date",
          "Expect": "100-continue", "Max-Forwards": "2", "Pragma": "cache", "Proxy-Authenticate": "Basic",
          "Range": "bytes=500-999", "Referer": "https://example.com/", "Server": "https://example.com/", "TE": "deflate",
          "Trailer": "Expires", "Transfer-Encoding": "chunked", "Upgrade": "HTTP/2.0", "User-Agent": "localStack/0.0",
          "Via": "p.example.net", "Warn": "299 localStack/0.0", "WWW-Authenticate": "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
          "Host": "abc123defg.execute-api.us-east-1.amazonaws.com"}
REQUEST_PARAMETERS = {
    "integration.request.header.Accept": "'text/html'", "integration.request.header.Accept-Charset": "'UTF-16'",
    "integration.request.header.Accept-Encoding": "'zstd'", "integration.request.header.Age": "'request_params_age'",
    "integration.request.header.Authorization": "'request_params_authorization'",
    "integration.request.header.Content-Encoding": "'compress'", "integration.request.header.Content-Length": "'0'",
    "integration.request.header.Content-MD5": "'request_params_Content-MD5'",
    "integration.request.header.Content-Type": "'application/json'", "integration.request.header.Date": "'request_params_Date'",
    "integration.request.header.Expect": "'200-ok'", "integration.request.header.Host": "method.request.header.Host",
    "integration.request.header.Max-Forwards": "'2'", "integration.request.header.Pragma": "'no-cache'",
    "integration.request.header.Range": "'bytes=0-499'", "integration.request.header.Referer": "'https://example.com/page'",
    "integration.request.header.Server": "'https://example.com/page'", "integration.request.header.Trailer": "'user-agent'",
    "integration.request.header.Transfer-Encoding": "'deflate'", "integration.request.header.Upgrade": "'HTTP/2.0'",
    "integration.request.header.User-Agent": "'Override-Agent'",
    "integration.request.header.Warn": "'110 anderson/1.3.37 \"Response is stale\"'",
    "integration.request.header.WWW-Authenticate": "'Basic YWxhZGRpbjpvcGVuc2VzYW1l'",
    "integration.request.header.Connection": "'keep-alive'",
    "integration.request.header.Proxy-Authenticate": "'Basic realm=\"Access to the internal site\"'",
    "integration.request.header.TE": "'gzip'", "integration.request.header.Via": "'othersite.net'"}
FULL_TEMPLATE = "{" + ",".join([f'"{h}": "$input.params(\'{h}\')"' for h in HEADERS]) + "}"
SEEN = {"Accept": "application/json", "Accept-Charset": "UTF-8", "Accept-Encoding": "br", "Age": "request_Age",
        "Authorization": "Unauthorized", "Connection": "", "Content-Encoding": "deflate", "Content-Length": "",
        "Content-MD5": "", "Content-Type": "application/json", "Date": "<Date>", "Expect": "", "Host": "<host:1>",
        "Max-Forwards": "", "Pragma": "cache", "Proxy-Authenticate": "", "Range": "bytes=500-999",
        "Referer": "https://example.com/", "Server": "", "TE": "", "Transfer-Encoding": "", "Trailer": "", "Upgrade": "",
        "User-Agent": "localStack/0.0", "Via": "<via:1>", "Warn": "299 localStack/0.0", "WWW-Authenticate": ""}
RH = "TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_"
add(id="localstack/header-remapping/http/template-sees-request-headers", family="headers", stage="integration_request",
    source=ls_src(F, RH + "http[HTTP]", ["full-integration"], "11-12-2024, 15:28:47"),
    evidence="aws-snapshot", strength="strong", template=FULL_TEMPLATE,
    request=req("GET", "/full", headers=CLIENT, resource="/full", ctx={"stage": "test"}),
    expected={"compare": "json", "placeholders": True, "body_json": SEEN},
    notes="What the request template reads with $input.params(h) for each header the client sent: API Gateway drops Connection, Content-Length, Content-MD5, Expect, Max-Forwards, Proxy-Authenticate, Server, TE, Transfer-Encoding, Trailer, Upgrade and WWW-Authenticate before templates run. Host is the API's own host (a stand-in value here); <...> values were replaced by LocalStack's snapshot transformers and match any value.")
RESP_PARAMS = {f"method.response.header.{h}": f"'response_param_{h}'" for h in HEADERS}
REMAPPED = ["Authorization", "Connection", "Content-Length", "Content-MD5", "Date", "Expect", "Host", "Max-Forwards",
            "Proxy-Authenticate", "Server", "Trailer", "Upgrade", "User-Agent", "WWW-Authenticate"]
PASSED = ["Accept", "Accept-Charset", "Accept-Encoding", "Age", "Content-Encoding", "Content-Type", "Pragma", "Range",
          "Referer", "TE", "Warn"]
resp_headers = {h: f"response_param_{h}" for h in PASSED}
resp_headers.update({f"x-amzn-Remapped-{h}": f"response_param_{h}" for h in REMAPPED if h != "Date"})
resp_headers["x-amzn-Remapped-Date"] = "<x-amzn-Remapped-Date>"
def full_params(specials):
    # the test pops each special case's mapping out of the full integration's requestParameters
    return {k: v for k, v in REQUEST_PARAMETERS.items() if k.split(".")[-1] not in specials}
SPECIAL_HTTP = ["Content-Length", "Transfer-Encoding"]
SPECIAL_AWS = SPECIAL_HTTP + ["Authorization", "Connection", "Expect", "Proxy-Authenticate", "TE"]
for itype, key, date in [("HTTP", "http[HTTP]", "11-12-2024, 15:28:47"), ("AWS", "aws[AWS]", "11-12-2024, 15:29:40")]:
    uri = "https://echo.example/post" if itype == "HTTP" else "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:echo/invocations"
    add(id=f"localstack/header-remapping/{itype.lower()}/method-response-headers", family="headers", stage="pipeline",
        source=ls_src(F, RH + key, ["full-integration"], date), evidence="aws-snapshot", strength="strong",
        integration={"type": itype, "uri": uri, "httpMethod": "POST", "requestTemplates": {J: FULL_TEMPLATE},
                     "requestParameters": full_params(SPECIAL_HTTP if itype == "HTTP" else SPECIAL_AWS), "responses": [resp("200", "default", None, RESP_PARAMS)]},
        request=req("GET", "/full", headers=CLIENT, resource="/full", ctx={"stage": "test"}),
        backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
        expected={"statusCode": 200, "compare": "none", "placeholders": True, "headers": resp_headers,
                  "absent_headers": [h for h in REMAPPED] + ["Transfer-Encoding"]},
        notes="responseParameters set every listed header to 'response_param_<name>': Authorization, Connection, Content-Length, Content-MD5, Date, Expect, Host, Max-Forwards, Proxy-Authenticate, Server, Trailer, Upgrade, User-Agent and WWW-Authenticate reach the client as x-amzn-Remapped-<name>, Transfer-Encoding is dropped, the rest pass. Via is left out (CloudFront's own value is appended); the backend response is a stand-in.")
add(id="localstack/header-remapping/http/integration-request-headers", family="headers", stage="pipeline",
    source=ls_src(F, RH + "http[HTTP]", ["full-integration"], "11-12-2024, 15:28:47"), evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP", "uri": "https://echo.example/post", "httpMethod": "POST", "requestTemplates": {J: FULL_TEMPLATE},
                 "requestParameters": full_params(SPECIAL_HTTP), "responses": [resp("200", "default", None, RESP_PARAMS)]},
    request=req("GET", "/full", headers=CLIENT, resource="/full", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "placeholders": True,
              "integration_request": {"headers": {"Accept": "text/html", "Accept-Charset": "UTF-16", "Accept-Encoding": "zstd",
                                                  "Age": "request_params_age", "Authorization": "request_params_authorization",
                                                  "Content-Encoding": "compress", "Content-MD5": "request_params_Content-MD5",
                                                  "Max-Forwards": "2", "Pragma": "no-cache", "Range": "bytes=0-499",
                                                  "Referer": "https://example.com/page", "Server": "https://example.com/page",
                                                  "Trailer": "user-agent", "Upgrade": "HTTP/2.0", "User-Agent": "Override-Agent",
                                                  "Warn": "110 anderson/1.3.37 \"Response is stale\"",
                                                  "WWW-Authenticate": "Basic YWxhZGRpbjpvcGVuc2VzYW1l"},
                                      "absent_headers": ["Expect", "Proxy-Authenticate", "TE", "Via"]}},
    notes="What the HTTP backend (an echo server) received from requestParameters: the mapped values arrive, except Expect, Proxy-Authenticate, TE and Via, which API Gateway drops after mapping. (Connection is left out: the echo server removes it itself.)")
add(id="localstack/header-remapping/http/no-mapping-default-headers", family="headers", stage="pipeline",
    source=ls_src(F, RH + "http[HTTP]", ["no-param-integration"], "11-12-2024, 15:28:47"), evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP", "uri": "https://echo.example/post", "httpMethod": "POST", "responses": [resp("200")]},
    request=req("GET", "/no-param", headers=CLIENT, resource="/no-param", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "placeholders": True, "headers": {"Content-Type": "application/json"},
              "absent_headers": ["Access-Control-Allow-Origin"],
              "integration_request": {"headers": {"Accept": "application/json", "User-Agent": "AmazonAPIGateway_<apigw-id:1>"},
                                      "absent_headers": ["Accept-Charset", "Authorization", "Pragma", "Referer", "Warn", "Range"]}},
    notes="A non-proxy HTTP integration forwards none of the client's headers: the backend sees API Gateway's own Accept: application/json and User-Agent AmazonAPIGateway_<api id>; the backend's own response headers (the echo server sends Access-Control-Allow-Origin) do not reach the client, only Content-Type.")

special_http = ["Content-Length", "Transfer-Encoding"]
special_aws = ["Content-Length", "Transfer-Encoding", "Authorization", "Connection", "Expect", "Proxy-Authenticate", "TE"]
for itype, key, date, specials in [("HTTP", "http[HTTP]", "11-12-2024, 15:28:47", special_http),
                                   ("HTTP_PROXY", "http[HTTP_PROXY]", "11-12-2024, 15:29:02", special_http),
                                   ("AWS", "aws[AWS]", "11-12-2024, 15:29:40", special_aws),
                                   ("AWS_PROXY", "aws[AWS_PROXY]", "11-12-2024, 15:29:56", special_aws)]:
    for h in specials:
        uri = "https://echo.example/post" if itype.startswith("HTTP") else "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:echo/invocations"
        add(id=f"localstack/header-remapping/{itype.lower()}/map-{h.lower()}-fails", family="headers", stage="pipeline",
            source=ls_src(F, RH + key, [h.lower()], date), evidence="aws-snapshot", strength="strong",
            integration={"type": itype, "uri": uri, "httpMethod": "POST", "isLambda": not itype.startswith("HTTP"),
                         "requestParameters": {f"integration.request.header.{h}": REQUEST_PARAMETERS[f"integration.request.header.{h}"]},
                         "responses": [resp("200")]},
            request=req("GET", "/" + h.lower(), headers=CLIENT, resource="/" + h.lower(), ctx={"stage": "test"}),
            backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{\"statusCode\": 200, \"body\": \"{}\"}"},
            expected={"statusCode": 500, "compare": "json", "body_json": {"message": "Internal server error"}},
            notes=f"Mapping integration.request.header.{h} in requestParameters makes every request fail with 500 Internal server error on a {itype} integration.")
add(id="localstack/header-remapping/http_proxy/backend-receives-client-headers", family="headers", stage="pipeline",
    source=ls_src(F, RH + "http[HTTP_PROXY]", ["no-param-integration"], "11-12-2024, 15:29:02"), evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP_PROXY", "uri": "https://echo.example/post", "httpMethod": "POST"},
    request=req("GET", "/no-param", headers=CLIENT, resource="/no-param", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none",
              "integration_request": {"headers": {"Accept": "application/json", "Accept-Charset": "UTF-8", "Age": "request_Age",
                                                  "Authorization": "Unauthorized", "Pragma": "cache", "Range": "bytes=500-999",
                                                  "Referer": "https://example.com/", "User-Agent": "localStack/0.0",
                                                  "Warn": "299 localStack/0.0"},
                                      "absent_headers": ["Connection", "Content-MD5", "Expect", "Max-Forwards", "Proxy-Authenticate",
                                                         "Server", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via", "WWW-Authenticate"]}},
    notes="An HTTP_PROXY integration forwards the client's headers except those API Gateway drops on arrival and Via. (Content-Encoding, Accept-Encoding and Date are left out: the echo server decodes or rewrites them.)")
add(id="localstack/header-remapping/http_proxy/backend-response-headers", family="headers", stage="pipeline",
    source=ls_src(F, RH + "http[HTTP_PROXY]", ["no-param-integration"], "11-12-2024, 15:29:02"), evidence="aws-snapshot", strength="medium",
    integration={"type": "HTTP_PROXY", "uri": "https://echo.example/post", "httpMethod": "POST"},
    request=req("GET", "/no-param", headers=CLIENT, resource="/no-param", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true",
                                            "Content-Type": "application/json", "Connection": "keep-alive", "Content-Length": "790",
                                            "Date": "Wed, 11 Dec 2024 15:29:02 GMT", "Server": "gunicorn/19.9.0"}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none", "placeholders": True,
              "headers": {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true", "Content-Type": "application/json",
                          "x-amzn-Remapped-Connection": "keep-alive", "x-amzn-Remapped-Content-Length": "790",
                          "x-amzn-Remapped-Date": "<date>", "x-amzn-Remapped-Server": "gunicorn/19.9.0"},
              "absent_headers": ["Server"]},
    notes="The backend's headers pass through an HTTP_PROXY integration, with Connection, Content-Length, Date and Server remapped to x-amzn-Remapped-*. The backend's response headers are reconstructed from the recorded remapped values (httpbin behind gunicorn).")
add(id="localstack/header-remapping/aws_proxy/lambda-event-headers", family="headers", stage="pipeline",
    source=ls_src(F, RH + "aws[AWS_PROXY]", ["full-integration"], "11-12-2024, 15:29:56"), evidence="aws-snapshot", strength="strong",
    integration={"type": "AWS_PROXY", "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:proxy/invocations",
                 "isLambda": True, "requestParameters": {}},
    request=req("GET", "/full", headers=CLIENT, resource="/full", ctx={"stage": "test"}),
    backend={"statusCode": 200, "body": "{\"statusCode\": 200, \"body\": \"{}\", \"isBase64Encoded\": false}"},
    expected={"statusCode": 200, "compare": "none",
              "lambda_event": {"headers": {"Accept": "application/json", "Accept-Charset": "UTF-8", "Accept-Encoding": "br",
                                           "Age": "request_Age", "Authorization": "Unauthorized", "Content-Encoding": "deflate",
                                           "Content-Type": "application/json", "Pragma": "cache", "Range": "bytes=500-999",
                                           "Referer": "https://example.com/", "User-Agent": "localStack/0.0", "Warn": "299 localStack/0.0"},
                               "absent_headers": ["Connection", "Content-Length", "Content-MD5", "Expect", "Max-Forwards",
                                                  "Proxy-Authenticate", "Server", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "WWW-Authenticate"]}},
    notes="The Lambda proxy event's headers: the client's headers minus those API Gateway drops on arrival (the recorded event also carries Date, Host, Via, X-Amzn-Trace-Id and X-Forwarded-*, left out here).")

# ---------------------------------------------------------------------------------------------------------------
# test_apigateway_lambda.py: AWS (non-proxy) Lambda integrations
F = "test_apigateway_lambda"
LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:fn/invocations"
def lam(request_templates=None, responses=None, **kw):
    s = {"type": "AWS", "uri": LAMBDA_URI, "httpMethod": "POST", "isLambda": True, "responses": responses or [resp("200")]}
    if request_templates is not None:
        s["requestTemplates"] = request_templates
    s.update(kw)
    return s
add(id="localstack/lambda-aws-integration/passthrough", family="pipeline", stage="pipeline",
    source=ls_src(F, "test_lambda_aws_integration", ["lambda-aws-integration"], "31-05-2023, 23:11:42"),
    evidence="aws-snapshot", strength="strong", integration=lam(),
    request=req("POST", "/test", body='{"message": "hello world"}', resource="/test", ctx={"stage": "api"}),
    backend={"echo": True, "statusCode": 200},
    expected={"statusCode": 200, "compare": "json", "body_json": {"message": "hello world"}},
    notes="No Content-Type header (requests' data=) and no template: the body passes through to an echo Lambda (returns its event) and back.")
for key, qs in [("lambda-aws-integration-1", {"param1": "foobar"}), ("lambda-aws-integration-2", {"param1": "foobar", "Signature": "1"})]:
    add(id=f"localstack/lambda-aws-integration-with-request-template/{key[-1]}", family="pipeline", stage="pipeline",
        source=ls_src(F, "test_lambda_aws_integration_with_request_template", [key], "31-05-2023, 23:09:38"),
        evidence="aws-snapshot", strength="strong",
        integration=lam({J: '{"param1": "$input.params(\'param1\')"}'}, [resp("200", "")]),
        request=req("GET", "/test", qs=qs, resource="/test", ctx={"stage": "api"}),
        backend={"echo": True, "statusCode": 200},
        expected={"statusCode": 200, "compare": "json", "body_json": {"param1": "foobar"}},
        notes="$input.params('param1') from the query string; a GET without Content-Type uses the application/json template.")
RQ = open(os.path.join(os.path.dirname(__file__), "request-template.vm")).read()
RS = open(os.path.join(os.path.dirname(__file__), "response-template.vm")).read()
for key, body, lam_body, status in [("response-template-202", {"httpStatus": "200"}, {"statusCode": 200, "body": "noerror"}, 202),
                                    ("response-template-400", {"httpStatus": "400", "errorMessage": "Test Bad request"}, {"statusCode": 200, "body": "customerror"}, 400)]:
    add(id=f"localstack/lambda-response-mapping-templates/{status}", family="context", stage="pipeline",
        source=ls_src(F, "test_lambda_aws_integration_response_with_mapping_templates", [key], "17-09-2023, 09:11:22",
                      extra={"template_files": ["tests/aws/files/request-template.vm", "tests/aws/files/response-template.vm"]}),
        evidence="aws-snapshot", strength="medium",
        integration=lam({J: RQ}, [resp("200", "", {J: RS})]),
        request=req("POST", "/test", headers={"Content-Type": J}, body=json.dumps(body), resource="/test", ctx={"stage": "api"}),
        backend={"statusCode": 200, "body": json.dumps(lam_body)},
        expected={"statusCode": status, "compare": "json", "body_json": lam_body},
        notes="The Lambda (lambda_mapping_responses.py) returns {statusCode: 200, body: noerror|customerror}; the backend body is that return value as Python serialises it. The response template prints $input.json('$') and sets $context.responseOverride.status from $inputRoot.toString().contains(\"customerror\").")
SEL = [resp("200", ""), resp("405", ".*four hundred.*"), resp("502", ".+"), resp("504", "200")]
for code, want, lam_out in [(200, 200, {"body": "\"Pass\""}),
                            (400, 405, {"errorMessage": "Error: Raising four hundred from within the Lambda function"}),
                            (500, 502, {"errorMessage": "Error: Raising five hundred from within the Lambda function"})]:
    backend = {"statusCode": 200}
    if "errorMessage" in lam_out:
        backend["errorMessage"] = lam_out["errorMessage"]
        backend["body"] = json.dumps({"errorMessage": lam_out["errorMessage"], "errorType": "Exception", "requestId": "c0ffee00-0000-4000-8000-000000000001", "stackTrace": ["  File \"/var/task/lambda_select_pattern.py\", line 7, in handler\n"]})
        exp = {"errorMessage": lam_out["errorMessage"], "errorType": "Exception"}
        cmp = {"compare": "json_subset", "body_json": exp}
    else:
        backend["body"] = lam_out["body"]
        cmp = {"compare": "exact", "body": "\"Pass\""}
    add(id=f"localstack/lambda-selection-patterns/{code}", family="selection", stage="pipeline",
        source=ls_src(F, "test_lambda_selection_patterns", [f"lambda-selection-pattern-{code}"], "05-05-2025, 14:10:11"),
        evidence="aws-snapshot", strength="strong",
        integration=lam({J: '{"statusCode": "$input.params(\'statusCode\')"}'}, SEL),
        request=req("GET", f"/{code}", pp={"statusCode": str(code)}, resource="/{statusCode}", ctx={"stage": "dev"}),
        backend=backend, expected={"statusCode": want, **cmp},
        notes="A Lambda integration's selectionPattern is matched against the function's errorMessage, never the status (the 504 response with pattern '200' is never chosen); the function's result (or error object) passes through.")

# ---------------------------------------------------------------------------------------------------------------
# test_apigateway_sqs.py
F = "test_apigateway_sqs"
SQS_URI = "arn:aws:apigateway:us-east-1:sqs:path/111111111111/queue"
def sqs(request_templates, responses, params=None):
    return {"type": "AWS", "uri": SQS_URI, "httpMethod": "POST", "passthroughBehavior": "NEVER",
            "requestParameters": params or {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
            "requestTemplates": request_templates, "responses": responses}
SEND = "Action=SendMessage&MessageBody=$input.body"
for key, body, headers, out in [("with-payload", '{"foo": "bar"}', {"Content-Type": J}, 'Action=SendMessage&MessageBody={"foo": "bar"}'),
                                ("without-payload", None, {}, "Action=SendMessage&MessageBody={}")]:
    add(id=f"localstack/sqs-aws-integration/{key}/request-body", family="payload", stage="integration_request",
        source=ls_src(F, "test_sqs_aws_integration", ["sqs-messages"], "19-03-2025, 13:27:52"),
        evidence="aws-snapshot", strength="strong", template=SEND,
        request=req("POST", "/sqs", headers=headers, body=body, resource="/sqs", ctx={"stage": "testing"}),
        expected={"compare": "exact", "body": out},
        notes="The SQS message recorded for this request has MD5OfBody " + ("94232c5b8fc9272f6f73a1e36eb68fcf = md5('{\"foo\": \"bar\"}')" if body else "99914b932bd37a50b983c5e7c90ae93b = md5('{}')") + ": the body as the client sent it (requests' json= writes '{\"foo\": \"bar\"}'), and \"{}\" for no body.")
    add(id=f"localstack/sqs-aws-integration/{key}/pipeline", family="pipeline", stage="pipeline",
        source=ls_src(F, "test_sqs_aws_integration", ["sqs-aws-integration-" + key], "19-03-2025, 13:27:52"),
        evidence="aws-snapshot", strength="medium",
        integration=sqs({J: SEND}, [resp("200", "default", {J: '{"message": "great success!"}'})]),
        request=req("POST", "/sqs", headers=headers, body=body, resource="/sqs", ctx={"stage": "testing"}),
        backend={"statusCode": 200, "headers": {"Content-Type": "text/xml"}, "body": "<?xml version=\"1.0\"?><SendMessageResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><SendMessageResult><MessageId>0</MessageId></SendMessageResult></SendMessageResponse>"},
        expected={"statusCode": 200, "compare": "json", "body_json": {"message": "great success!"}},
        notes="passthroughBehavior NEVER: " + ("Content-Type application/json selects the template" if headers else "a request with no Content-Type is treated as application/json, so the template applies and the request is not refused with 415") + ". The SQS response body is a stand-in.")
add(id="localstack/sqs-xml-templates/response-template-reads-sqs-json", family="printing", stage="integration_response",
    source=ls_src(F, "test_sqs_request_and_response_xml_templates_integration", ["sqs-json-response"], "12-07-2024, 16:27:03"),
    evidence="aws-snapshot", strength="medium",
    template=dd("""
            #set($responseBody = $input.path('$.SendMessageResponse'))
            #set($requestId = $input.path('$.SendMessageResponse.ResponseMetadata.RequestId'))
            #set($messageId = $responseBody.SendMessageResult.MessageId)
            {
            "requestId": "$requestId",
            "messageId": "$messageId"
            }
            """),
    request=req("POST", "/sqs", body="<xml>Hello World</xml>", resource="/sqs", ctx={"stage": "testing"}),
    integration_response={"statusCode": 200, "headers": {"Content-Type": "application/json"},
                          "body": json.dumps({"SendMessageResponse": {"ResponseMetadata": {"RequestId": "7b5c1e4a-8f25-5a2b-b2a3-1c9e6f4d8a10"},
                                                                      "SendMessageResult": {"MD5OfMessageAttributes": None, "MD5OfMessageBody": "0f1e8f1f1d7a9e7e4b7b0f3c8d5a2b61",
                                                                                            "MD5OfMessageSystemAttributes": None, "MessageId": "4a1c7d2e-3b5f-4c6a-9e8d-7f0b1a2c3d4e", "SequenceNumber": None}}})},
    expected={"compare": "json", "body_json": {"requestId": "7b5c1e4a-8f25-5a2b-b2a3-1c9e6f4d8a10", "messageId": "4a1c7d2e-3b5f-4c6a-9e8d-7f0b1a2c3d4e"}},
    notes="SQS answers API Gateway in JSON (its query API with Accept application/json); the response is reconstructed from SQS's documented JSON form with the recorded uuids replaced by fixed ones. Property access on an $input.path map ($responseBody.SendMessageResult.MessageId).")
for attr in ["MessageAttribute", "MessageAttributes"]:
    t = ("Action=SendMessage&MessageBody=$input.body&" f"{attr}.1.Name=user-agent&" f"{attr}.1.Value.DataType=String&" f"{attr}.1.Value.StringValue=$input.params('HeaderFoo')")
    add(id=f"localstack/sqs-message-attribute/{attr}", family="payload", stage="integration_request",
        source=ls_src(F, f"test_sqs_aws_integration_with_message_attribute[{attr}]", ["sqs-message-body", "sqs-message-attributes"], "06-06-2024, 00:38:25" if attr == "MessageAttribute" else "06-06-2024, 00:38:34"),
        evidence="aws-snapshot", strength="medium", template=t,
        request=req("POST", "/", headers={"Content-Type": J, "HeaderFoo": "BAR-Header"}, body='{"foo": "bar"}', resource="/", ctx={"stage": "testing"}),
        expected={"compare": "form_fields", "form_fields": {"Action": "SendMessage", "MessageBody": '{"foo": "bar"}', f"{attr}.1.Name": "user-agent",
                                                            f"{attr}.1.Value.DataType": "String", f"{attr}.1.Value.StringValue": "BAR-Header"}},
        notes="Derived from the SQS message SQS stored (body {\"foo\": \"bar\"}, attribute user-agent = BAR-Header): the form fields the template wrote.")
CTX_T = dd("""
        {
            "QueueUrl": "https://sqs.us-east-1.amazonaws.com/111111111111/queue",
            "MessageBody": "{\\"context\\": {#foreach( $key in $context.keySet() )\\"$key\\": \\"$context.get($key)\\"#if($foreach.hasNext),#end#end},\\"identity\\": {#foreach( $key in $context.identity.keySet() )\\"$key\\": \\"$context.identity.get($key)\\"#if($foreach.hasNext),#end#end},\\"requestOverride\\": {#foreach( $key in $context.requestOverride.keySet() )\\"$key\\": \\"$context.requestOverride.get($key)\\"#if($foreach.hasNext),#end#end},\\"responseOverride\\": {#foreach( $key in $context.responseOverride.keySet() )\\"$key\\": \\"$context.responseOverride.get($key)\\"#if($foreach.hasNext),#end#end},\\"authorizer_keys\\": {#foreach( $key in $context.authorizer.keySet() )\\"$key\\": \\"$util.escapeJavaScript($context.authorizer.get($key))\\"#if($foreach.hasNext),#end#end}}"}
    """)
CTX_BODY = {"context": {"resourceId": "<resource-id:1>", "resourcePath": "/sqs", "httpMethod": "POST", "extendedRequestId": "<extended-request-id:1>",
                        "requestTime": "<request-time:1>", "path": "/testing/sqs", "accountId": "111111111111", "protocol": "HTTP/1.1",
                        "requestOverride": "", "stage": "testing", "domainPrefix": "<api-id:1>", "requestTimeEpoch": "<request-time-epoch>",
                        "requestId": "<uuid:2>", "identity": "", "domainName": "<domain-name:1>", "deploymentId": "<deployment-id:1>",
                        "responseOverride": "", "apiId": "<api-id:1>"},
            "identity": {"cognitoIdentityPoolId": "", "accountId": "", "cognitoIdentityId": "", "caller": "", "sourceIp": "<source-ip:1>",
                         "principalOrgId": "", "accessKey": "", "cognitoAuthenticationType": "", "cognitoAuthenticationProvider": "",
                         "userArn": "", "userAgent": "python/requests/tests", "user": ""},
            "requestOverride": {"path": "", "header": "", "querystring": ""},
            "responseOverride": {"header": ""},
            "authorizer_keys": {}}
add(id="localstack/sqs-amz-json/context-keyset-and-groups", family="printing", stage="integration_request",
    source=ls_src(F, "test_sqs_amz_json_protocol", ["sqs-messages"], "20-05-2025, 15:07:32"),
    evidence="aws-snapshot", strength="strong", template=CTX_T,
    request=req("POST", "/sqs", headers={"User-Agent": "python/requests/tests"}, resource="/sqs", ctx={"stage": "testing", "accountId": "111111111111"}),
    expected={"compare": "json_field", "json_field": "MessageBody", "placeholders": True, "ordered": True, "body_json": CTX_BODY},
    notes="The MessageBody SQS stored, parsed: $context.keySet() lists 18 variables in java.util.HashMap order (no authorizer, error, isCanaryRequest... for a plain request), a group read with $context.get(k) prints as an empty string, null values print as empty strings, $context.authorizer is null. Key order is compared. <...> values were replaced by LocalStack's transformers.")

# ---------------------------------------------------------------------------------------------------------------
# test_apigateway_basic.py
F = "test_apigateway_basic"
BIG_T = '#set($allParams = $input.params())\n{\n"body-json" : $input.json("$"),\n"params" : {\n#foreach($type in $allParams.keySet())\n    #set($params = $allParams.get($type))\n"$type" : {\n    #foreach($paramName in $params.keySet())\n    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"\n        #if($foreach.hasNext),#end\n    #end\n}\n    #if($foreach.hasNext),#end\n#end\n},\n"stage-variables" : {\n#foreach($key in $stageVariables.keySet())\n"$key" : "$util.escapeJavaScript($stageVariables.get($key))"\n    #if($foreach.hasNext),#end\n#end\n},\n"context" : {\n    "api-id" : "$context.apiId",\n    "api-key" : "$context.identity.apiKey",\n    "http-method" : "$context.httpMethod",\n    "stage" : "$context.stage",\n    "source-ip" : "$context.identity.sourceIp",\n    "user-agent" : "$context.identity.userAgent",\n    "request-id" : "$context.requestId",\n    "resource-id" : "$context.resourceId",\n    "resource-path" : "$context.resourcePath"\n    }\n}\n'
add(id="localstack/lambda-integration-aws-type/response-content-type", family="headers", stage="pipeline",
    source=ls_src(F, "TestAPIGateway::test_api_gateway_lambda_integration_aws_type", [], "(assertion only)", extra={"snapshot_file": None}),
    evidence="aws-assertion", strength="strong",
    integration=lam({J: BIG_T}, [resp("200", "default", {"text/html": "$input.path('$')"},
                                      {"method.response.header.Access-Control-Allow-Origin": "'*'", "method.response.header.Content-Type": "'text/html'"})]),
    request=req("POST", "/test", headers={"Content-Type": J, "Accept": "*/*"}, body='{"test": "test"}', resource="/test", ctx={"stage": "local"}),
    backend={"echo": True, "statusCode": 200},
    expected={"statusCode": 200, "compare": "none", "headers": {"Content-Type": "text/html", "Access-Control-Allow-Origin": "*"}},
    notes="The test asserts the response headers Content-Type text/html and Access-Control-Allow-Origin * from responseParameters (requests sends Accept: */*).")
add(id="localstack/mock-integration-imported-openapi/echo", family="pipeline", stage="pipeline",
    source=ls_src(F, "TestAPIGateway::test_api_gateway_mock_integration", ["mocked-response"], "29-05-2024, 20:06:17",
                  extra={"template_files": ["tests/aws/files/openapi-mock.json"]}),
    evidence="aws-snapshot", strength="strong",
    integration=mock({J: '{"statusCode": 200}'}, [resp("200", "default", {J: "{\"echo\": \"$input.params('data')\", \"response\": \"mocked\"}"})], passthrough="WHEN_NO_TEMPLATES"),
    request=req("GET", "/echo/foobar", pp={"data": "foobar"}, resource="/echo/{data}", ctx={"stage": "test"}),
    expected={"statusCode": 200, "compare": "json", "body_json": {"echo": "foobar", "response": "mocked"}},
    notes="An imported OpenAPI MOCK integration (x-amazon-apigateway-any-method) called with GET and no Content-Type.")
for method, pt in [("GET", "WHEN_NO_MATCH"), ("POST", "NEVER")]:
    add(id=f"localstack/mock-integration-response/{method.lower()}-{pt.lower()}", family="pipeline", stage="pipeline",
        source=ls_src(F, f"TestIntegrations::test_mock_integration_response[{pt}-UrlType.PATH_BASED-{method}]", ["mock-response"], "30-05-2024, 00:09:54" if method == "GET" else "30-05-2024, 00:10:42"),
        evidence="aws-snapshot", strength="strong",
        integration=mock({J: '{"statusCode":200}'}, [resp("200", "default", {J: '{"statusCode": 200, "id": $input.params().path.id}'})], passthrough=pt),
        request=req(method, "/42", headers={"Content-Type": J}, pp={"id": "42"}, resource="/{id}", ctx={"stage": "test"}),
        expected={"statusCode": 200, "compare": "json", "body_json": {"id": 42, "statusCode": 200}},
        notes="$input.params().path.id in a MOCK response template.")
for stage, sv, out in [("local", {}, ""), ("dev", {"lambdaFunction": "fn", "version": "1.0"}, "1.0")]:
    add(id=f"localstack/stage-variables/{stage}", family="pipeline", stage="pipeline",
        source=ls_src(F, f"TestAPIGateway::test_apigw_stage_variables[{stage}]", [], "(assertion only)", extra={"snapshot_file": None}),
        evidence="aws-assertion", strength="strong",
        integration=lam({J: '{ "version": "$stageVariables.version" }'}),
        request=req("POST", "/test", headers={"Content-Type": J}, body='{"test": "test"}', sv=sv, resource="/test", ctx={"stage": stage}),
        backend={"echo": True, "statusCode": 200},
        expected={"statusCode": 200, "compare": "json", "body_json": {"version": out}},
        notes="An undefined stage variable prints as an empty string.")
TI = "TestAPIGateway::test_apigw_test_invoke_method_api"
for key, path, qs, body, headers in [("test_invoke_method_response", "/foo", {}, None, {}),
                                     ("test_invoke_method_response_with_body", "/foo", {"queryTest": "value"}, '{"test": "val123"}', {"content-type": J})]:
    lam_resp = json.dumps({"statusCode": 200, "body": "\"response from localstack lambda: " + (json.dumps(json.loads(body), separators=(",", ":")) if body else "{}") + "\"", "isBase64Encoded": False, "headers": {}}, separators=(",", ":"))
    add(id=f"localstack/test-invoke-method/{'with-body' if body else 'no-body'}", family="pipeline", stage="pipeline",
        source=ls_src(F, TI, [key], "19-08-2025, 17:04:50"), evidence="aws-snapshot", strength="strong",
        integration=lam(None, [resp("200", "")]),
        request=req("GET", path, headers=headers, body=body, qs=qs, resource="/foo", ctx={"stage": "local"}),
        backend={"statusCode": 200, "headers": {"Content-Type": J}, "body": lam_resp},
        expected={"statusCode": 200, "compare": "exact", "body": lam_resp, "headers": {"Content-Type": J},
                  "integration_request": {"body": body or ""}},
        notes="TestInvokeMethod's execution log: 'Endpoint request body after transformations' is the method request body unchanged (empty for none), and 'Method response body after transformations' is the function's response unchanged, with Content-Type application/json.")

# ---------------------------------------------------------------------------------------------------------------
# test_apigateway_kinesis.py, _dynamodb.py, _eventbridge.py, _canary.py
F = "test_apigateway_kinesis"
PUT_RECORDS = """{
    "StreamName": "%s",
    "Records": [
        #set( $numRecords = $input.path('$.records').size() )
        #if($numRecords > 0)
            #set( $maxIndex = $numRecords - 1 )
            #foreach( $idx in [0..$maxIndex] )
                #set( $elem = $input.path("$.records[${idx}]") )
                #set( $elemJsonB64 = $util.base64Encode($elem.data) )
                {
                    "Data": "$elemJsonB64",
                    "PartitionKey": #if( $foo.bar.stuff != '')"$elem.partitionKey"#else"$elemJsonB64.length()"#end
                }#if($foreach.hasNext),#end
            #end
        #end
    ]
}""" % "kinesis-stream-1"
PUT_RECORD = """
{
    "StreamName": "%s",
    "Data": "$util.base64Encode($input.body)",
    "PartitionKey": "test"
}""" % "kinesis-stream-1"
e64 = lambda s: base64.b64encode(s.encode()).decode()
add(id="localstack/kinesis/put-record", family="payload", stage="integration_request",
    source=ls_src(F, "test_apigateway_to_kinesis[PutRecord]", ["kinesis_records"], "20-11-2024, 05:29:53"),
    evidence="aws-snapshot", strength="medium", template=PUT_RECORD,
    request=req("POST", "/test", headers={"Content-Type": J}, body='{"kinesis": "snapshot"}', resource="/test", ctx={"stage": "test"}),
    expected={"compare": "json", "body_json": {"StreamName": "kinesis-stream-1", "Data": e64('{"kinesis": "snapshot"}'), "PartitionKey": "test"}},
    notes="Derived from the Kinesis record the stream received (Data b'{\"kinesis\": \"snapshot\"}', PartitionKey test): $util.base64Encode of the raw body.")
add(id="localstack/kinesis/put-records", family="printing", stage="integration_request",
    source=ls_src(F, "test_apigateway_to_kinesis[PutRecords]", ["kinesis_records"], "20-11-2024, 06:33:51"),
    evidence="aws-snapshot", strength="medium", template=PUT_RECORDS,
    request=req("POST", "/test", headers={"Content-Type": J}, body=json.dumps({"records": [{"data": '{"foo": "bar1"}'}, {"data": '{"foo": "bar2"}'}, {"data": '{"foo": "bar3"}'}]}), resource="/test", ctx={"stage": "test"}),
    expected={"compare": "json", "body_json": {"StreamName": "kinesis-stream-1", "Records": [{"Data": e64('{"foo": "bar%d"}' % i), "PartitionKey": "20"} for i in (1, 2, 3)]}},
    notes="Derived from the three Kinesis records (PartitionKey \"20\"): `$foo.bar.stuff != ''` is false for an undefined $foo (null equals \"\"), so the #else branch prints the length of the 20-character base64 text; $input.path(\"$.records[${idx}]\") in a range loop.")
F = "test_apigateway_dynamodb"
for action, qid, tmpl, out in [
        ("PutItem", "test-new", {"TableName": "table-1", "Item": {"id": {"S": "$input.params('id')"}}}, {"TableName": "table-1", "Item": {"id": {"S": "test-new"}}}),
        ("Query", "test 3", {"TableName": "table-1", "KeyConditionExpression": "id = :id", "ExpressionAttributeValues": {":id": {"S": "$input.params('id')"}}},
         {"TableName": "table-1", "KeyConditionExpression": "id = :id", "ExpressionAttributeValues": {":id": {"S": "test 3"}}})]:
    add(id=f"localstack/dynamodb/{action.lower()}", family="payload", stage="integration_request",
        source=ls_src(F, f"test_rest_api_to_dynamodb_integration[{action}]", ["result-scan" if action == "PutItem" else "result-test 3"], "19-07-2024, 19:53:50" if action == "PutItem" else "19-07-2024, 19:54:08"),
        evidence="aws-snapshot", strength="medium", template=json.dumps(tmpl),
        request=req("POST", "/test", qs={"id": qid}, resource="/test", ctx={"stage": "test"}),
        expected={"compare": "json", "body_json": out},
        notes="Derived from DynamoDB's recorded state (" + ("the scan lists the new item test-new" if action == "PutItem" else "the query for ?id=test%203 found item 'test 3'") + "): $input.params('id') is the decoded query string value.")
F = "test_apigateway_eventbridge"
EB_T = """
              #set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")
              #set($context.requestOverride.header.Content-Type = "application/x-amz-json-1.1")
              #set($inputRoot = $input.path('$'))
              {
                "Entries": [
                  #foreach($elem in $inputRoot.items)
                  {
                    "Detail": "$util.escapeJavaScript($elem.Detail).replaceAll("\\'","'")",
                    "DetailType": "$elem.DetailType",
                    "Source":"$elem.Source"
                  }#if($foreach.hasNext),#end
                  #end
                ]
              }
            """
EB_BODY = json.dumps({"items": [{"Detail": '{"data":"Order is created"}', "DetailType": "Test", "Source": "order"}]})
add(id="localstack/eventbridge/put-events-request", family="map-writes", stage="integration_request",
    source=ls_src(F, "test_apigateway_to_eventbridge", ["eventbridge-put-events-response"], "12-07-2024, 17:42:38"),
    evidence="aws-snapshot", strength="medium", template=EB_T,
    request=req("POST", "/event", headers={"Content-Type": J, "Accept": J}, body=EB_BODY, resource="/event", ctx={"stage": "dev"}),
    expected={"compare": "json", "body_json": {"Entries": [{"Detail": '{"data":"Order is created"}', "DetailType": "Test", "Source": "order"}]},
              "requestOverride": {"header": {"X-Amz-Target": "AWSEvents.PutEvents", "Content-Type": "application/x-amz-json-1.1"}}},
    notes="Derived: EventBridge accepted the entry (FailedEntryCount 0), so the body was valid PutEvents JSON whose Detail is the JSON object text, and the overridden X-Amz-Target/Content-Type headers reached it. #set($context.requestOverride.header.X-Amz-Target = ...) writes a hyphenated key.")
add(id="localstack/eventbridge/put-events-response", family="printing", stage="integration_response",
    source=ls_src(F, "test_apigateway_to_eventbridge", ["eventbridge-put-events-response"], "12-07-2024, 17:42:38"),
    evidence="aws-snapshot", strength="medium", template="#set($inputRoot = $input.json('$'))\n$inputRoot",
    request=req("POST", "/event", headers={"Content-Type": J, "Accept": J}, body=EB_BODY, resource="/event", ctx={"stage": "dev"}),
    integration_response={"statusCode": 200, "headers": {"Content-Type": "application/x-amz-json-1.1"}, "body": '{"Entries":[{"EventId":"3b5c6a8e-0f4b-4a5c-8d9e-2c1b0a9f8e7d"}],"FailedEntryCount":0}'},
    expected={"compare": "json", "body_json": {"Entries": [{"EventId": "3b5c6a8e-0f4b-4a5c-8d9e-2c1b0a9f8e7d"}], "FailedEntryCount": 0}},
    notes="EventBridge's PutEvents answer (recorded, uuid fixed) re-serialised by $input.json('$').")
F = "test_apigateway_canary"
def canary_rt(msg):
    return json.dumps({"statusCode": 200, "message": msg, "variable": "$stageVariables.testVar", "nonExistingDefault": "$stageVariables.noStageVar",
                       "nonOverridden": "$stageVariables.defaultVar", "isCanary": "$context.isCanaryRequest"})
for key, msg, sv, is_canary, out in [
        ("response-deployment-1", "default deployment", {"testVar": "default", "defaultVar": "default"}, False,
         {"isCanary": "false", "message": "default deployment", "nonExistingDefault": "", "nonOverridden": "default", "statusCode": 200, "variable": "default"}),
        ("response-canary-deployment", "canary deployment", {"testVar": "canary", "defaultVar": "default", "noStageVar": "canary"}, True,
         {"isCanary": "true", "message": "canary deployment", "nonExistingDefault": "canary", "nonOverridden": "default", "statusCode": 200, "variable": "canary"})]:
    add(id=f"localstack/canary/{key}", family="printing", stage="pipeline",
        source=ls_src(F, "TestCanaryDeployments::test_invoking_canary_deployment", [key], "30-05-2025, 17:06:30"),
        evidence="aws-snapshot", strength="strong",
        integration=mock({J: '{"statusCode": 200}'}, [resp("200", "", {J: canary_rt(msg)})]),
        request=req("GET", "/", sv=sv, resource="/", ctx={"stage": "dev", "isCanaryRequest": is_canary}),
        expected={"statusCode": 200, "compare": "json", "body_json": out},
        notes="A stage with canary settings: $context.isCanaryRequest prints false/true; the canary's stageVariableOverrides are merged over the stage's variables (the sample request carries the merged set).")

# ---------------------------------------------------------------------------------------------------------------
# Emulator evidence: LocalStack's unit tests of its MOCK status parser (tests/unit/services/apigateway/
# test_mock_integration.py). The lists match json-smart's permissive parser rule for rule; LocalStack wrote them
# against AWS, but the file itself is an emulator test: weaker evidence.
UT = {"repo": "localstack/localstack", "commit": LS["commit"], "path": "tests/unit/services/apigateway/test_mock_integration.py"}
valid = ["{ statusCode: 200 }", "{statusCode: 200,super{ f}oo: [ba r]}", "{statusCode: 200, \"value\": 'goog'}", "{statusCode: 200, foo}: [ba r]}",
         "{statusCode: 200, foo'}: [ba r]}", "{statusCode: 200, }foo: [ba r]}", "{statusCode: 200, }foo: ''}", '{statusCode: 200, " ": " "}',
         '{statusCode: 200, "": ""}', "{'statusCode': 200, '': ''}", '{"statusCode": 200, "": ""}', '{"statusCode": 200 , }',
         '{"statusCode": 200 ,, }', '{"statusCode": 200 , null: null }']
invalid = ["{\"statusCode': 200 }", "{'statusCode\": 200 }", "{'statusCode: 200 }", "statusCode: 200", "{statusCode: 200, {foo: [ba r]}",
           '{"statusCode": "200"}', '{"statusCode": 200']
for i, t in enumerate(valid + invalid):
    ok = t in valid
    add(id=f"localstack-unit/mock-status-parser/{'valid' if ok else 'invalid'}-{i}", family="payload", stage="pipeline",
        source=dict(UT, test="TestMockIntegration::" + ("test_custom_parser" if i < len(valid) + 5 else "test_mock_integration")),
        evidence="emulator", strength="weak", licence=LS_LIC,
        integration=mock({J: t}, [resp("200")]),
        request=req("GET", "/", resource="/"),
        expected={"statusCode": 200 if ok else 500, "compare": "json" if not ok else "exact",
                  **({"body": ""} if ok else {"body_json": {"message": "Internal server error"}})},
        notes=("MOCK reads statusCode from the request template's output; " + ("this text is accepted" if ok else "this text is refused (not an object with an integer statusCode)") + " by LocalStack's parser, written to match AWS."))
add(id="localstack-unit/input-path-not-json-body", family="payload", stage="integration_request",
    source=dict(UT, path="tests/unit/services/apigateway/test_template_mapping.py", test="TestApiGatewayVtlTemplate::test_input_path_not_json_body"),
    evidence="emulator", strength="weak", template='$input.path("$.myVar")',
    request=req("POST", "/", headers={"Content-Type": J}, body="not json"),
    expected={"compare": "exact", "body": ""},
    notes="A body that is not JSON: a path into it finds nothing and prints nothing (json-smart reads `not json` as a string).")

# ---------------------------------------------------------------------------------------------------------------
# User reports: answers quoting what real API Gateway produced (weak: the inputs are retold, not recorded).
SO_FORM = """{
    "data": {
        #foreach( $token in $input.path('$').split('&') )
            #set( $keyVal = $token.split('=') )
            #set( $keyValSize = $keyVal.size() )
            #if( $keyValSize >= 1 )
                #set( $key = $util.urlDecode($keyVal[0]) )
                #if( $keyValSize >= 2 )
                    #set( $val = $util.urlDecode($keyVal[1]) )
                #else
                    #set( $val = '' )
                #end
                "$key": "$val"#if($foreach.hasNext),#end
            #end
        #end
    }
}"""
SO = {"url": "https://stackoverflow.com/questions/32057053/how-to-pass-a-params-from-post-to-aws-lambda-from-amazon-api-gateway",
      "mirror": "https://newbedev.com/how-to-pass-a-params-from-post-to-aws-lambda-from-amazon-api-gateway", "recorded_date": "2015-2016 (answer)"}
add(id="user-report/stackoverflow-32057053/form-urlencoded-to-json", family="payload", stage="integration_request",
    source=SO, evidence="user-report", strength="weak", licence="CC BY-SA (Stack Overflow content)", template=SO_FORM,
    request=req("POST", "/", headers={"Content-Type": "application/x-www-form-urlencoded"}, body="name=Marcus&email=email%40example.com&message="),
    expected={"compare": "json", "body_json": {"data": {"name": "Marcus", "email": "email@example.com", "message": ""}}},
    notes="The answer says this template turns the form post into that JSON on API Gateway: $input.path('$') of a body that is not JSON is the body as a string (json-smart permissive), which split('&') cuts. The mirror obfuscates the e-mail address; it is restored here.")
PARAMS_HEADERS = {"Postman-Token": "7ba28698-8753-fcb1-1f48-66750ce12ade", "Origin": "chrome-extension://fhbjgbiflinjbdggehcddcbncdddomop",
                  "Cache-Control": "no-cache", "Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*",
                  "Accept-Encoding": "gzip, deflate", "Accept-Language": "en-US,en;q=0.8", "X-Forwarded-For": "50.196.93.57, 54.239.140.62",
                  "CloudFront-Forwarded-Proto": "https", "CloudFront-Is-Desktop-Viewer": "true", "CloudFront-Is-Mobile-Viewer": "false",
                  "CloudFront-Is-SmartTV-Viewer": "false", "CloudFront-Is-Tablet-Viewer": "false", "CloudFront-Viewer-Country": "US",
                  "Via": "1.1 6ba5553fa41dafcdc0e74d152f3a7a75.cloudfront.net (CloudFront)", "X-Amz-Cf-Id": "sc8C7dLcW0BHYopztNYrnddC0hXyFdBzHv0O9aWU1gKhd1D_J2HF3w==",
                  "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"}
PARAMS_OUT = "{path={}, querystring={}, header={Accept=*/*, Accept-Encoding=gzip, deflate, Accept-Language=en-US,en;q=0.8, Cache-Control=no-cache, CloudFront-Forwarded-Proto=https, CloudFront-Is-Desktop-Viewer=true, CloudFront-Is-Mobile-Viewer=false, CloudFront-Is-SmartTV-Viewer=false, CloudFront-Is-Tablet-Viewer=false, CloudFront-Viewer-Country=US, Content-Type=application/x-www-form-urlencoded, Origin=chrome-extension://fhbjgbiflinjbdggehcddcbncdddomop, Postman-Token=7ba28698-8753-fcb1-1f48-66750ce12ade, Via=1.1 6ba5553fa41dafcdc0e74d152f3a7a75.cloudfront.net (CloudFront), X-Amz-Cf-Id=sc8C7dLcW0BHYopztNYrnddC0hXyFdBzHv0O9aWU1gKhd1D_J2HF3w==, X-Forwarded-For=50.196.93.57, 54.239.140.62, X-Forwarded-Port=443, X-Forwarded-Proto=https}}"
add(id="user-report/stackoverflow-32057053/params-printed", family="printing", stage="integration_request",
    source=SO, evidence="user-report", strength="weak", licence="CC BY-SA (Stack Overflow content)",
    template='{\n    "values": "$input.params()"\n}',
    request=req("POST", "/", headers=PARAMS_HEADERS, body="a=b"),
    expected={"compare": "json", "body_json": {"values": PARAMS_OUT}},
    notes="The question quotes what its Lambda received: $input.params() prints as a Java map, header names sorted without regard to case. The order the client sent the headers in is not known; they are given here in another order.")

# ---------------------------------------------------------------------------------------------------------------
# Documentation (AWS developer guide, archived at awsdocs/amazon-api-gateway-developer-guide; sample code MIT-0)
AD = {"repo": "awsdocs/amazon-api-gateway-developer-guide", "commit": "6060e21e4214857f6f416c50ee2d019bc3db2206"}
ADL = "CC BY-SA 4.0 (text), MIT-0 (sample code) (test/golden/cases/licenses/awsdocs-LICENSE-SAMPLECODE.txt)"
OV_T = """#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)
#set($context.requestOverride.header.multivalueheader=[$header1Override, $header3Value])"""
add(id="awsdocs/override-request-headers/endpoint-request-headers", family="context", stage="pipeline",
    source=dict(AD, path="doc_source/apigateway-override-request-response-parameters.md", section="Tutorial: Override an API's request parameters and headers with the API Gateway console"),
    evidence="documentation", strength="weak", licence=ADL,
    integration={"type": "HTTP", "uri": "http://petstore-demo-endpoint.execute-api.com/petstore/pets", "httpMethod": "GET",
                 "requestParameters": {"integration.request.header.header1": "method.request.header.header1", "integration.request.header.header2": "method.request.header.header2"},
                 "requestTemplates": {J: OV_T}, "responses": [resp("200")]},
    request=req("GET", "/pets", headers={"header1": "header1Val", "header2": "header2Val"}, resource="/pets", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Content-Type": J}, "body": "[]"},
    expected={"statusCode": 200, "compare": "none",
              "integration_request": {"headers": {"header3": "header1Valheader2Val", "header2": "header2Val", "header1": "foo",
                                                  "multivalueheader": "foo,header1Valheader2Val", "Accept": "application/json"}}},
    notes="The tutorial's console Test log: 'Endpoint request headers: {header3=header1Valheader2Val, header2=header2Val, header1=foo, x-amzn-apigateway-api-id=<api-id>, Accept=application/json, multivalueheader=foo,header1Valheader2Val}'. The template's override of header1 wins over the parameter mapping; a list override arrives comma-separated.")
add(id="awsdocs/util/escapejavascript-replaceall", family="printing", stage="integration_request",
    source=dict(AD, path="doc_source/api-gateway-mapping-template-reference.md", section="$util Variables: $util.escapeJavaScript()"),
    evidence="documentation", strength="weak", licence=ADL,
    template='{"data": "$util.escapeJavaScript($input.path(\'$.data\')).replaceAll("\\\\\'","\'")"}',
    request=req("POST", "/", headers={"Content-Type": J}, body=json.dumps({"data": "it's \"quoted\""})),
    expected={"compare": "json", "body_json": {"data": "it's \"quoted\""}},
    notes="The reference: escapeJavaScript turns ' into \\' (not valid in JSON), which .replaceAll(\"\\\\'\",\"'\") turns back.")
add(id="awsdocs/known-issues/first-accept-media-type", family="selection", stage="pipeline",
    source=dict(AD, path="doc_source/api-gateway-known-issues.md", section="REST API important notes"),
    evidence="documentation", strength="weak", licence=ADL,
    integration=mock({J: '{"statusCode": 200}'}, [resp("200", "default", {J: '{"type": "json"}', "application/xml": "<type>xml</type>"})]),
    request=req("GET", "/", headers={"Accept": "text/html,application/xml;q=0.9,*/*;q=0.8"}),
    expected={"statusCode": 200, "compare": "exact", "body": '{"type": "json"}', "headers": {"Content-Type": "application/json"}},
    notes="'When a request contains multiple media types in its Accept header, API Gateway only honors the first Accept media type': text/html matches no template, so the default (application/json) is used, not application/xml.")
add(id="awsdocs/input-example/unparseable-body-400", family="payload", stage="pipeline",
    source=dict(AD, path="doc_source/api-gateway-mapping-template-reference.md", section="Example JSON mapping template using $input"),
    evidence="documentation", strength="weak", licence=ADL,
    integration={"type": "HTTP", "uri": "https://backend.example/things", "httpMethod": "POST",
                 "requestTemplates": {J: '{\n    "name" : "$input.params(\'name\')",\n    "body" : $input.json(\'$\') \n}'}, "responses": [resp("200")]},
    request=req("POST", "/things", headers={"Content-Type": J}, body='{"name": "broken', qs={"name": "n"}),
    backend={"echo": True, "statusCode": 200},
    expected={"statusCode": 400, "compare": "none"},
    notes="'If the JSON input contains unescaped characters that cannot be parsed by JavaScript, a 400 response may be returned.' A body that starts as JSON and breaks off cannot be read by $input.json.")

add(id="localstack/header-remapping/aws/template-sees-request-headers", family="headers", stage="integration_request",
    source=ls_src("test_apigateway_integrations", RH + "aws[AWS]", ["full-integration"], "11-12-2024, 15:29:40"),
    evidence="aws-snapshot", strength="strong", template=FULL_TEMPLATE,
    request=req("GET", "/full", headers=CLIENT, resource="/full", ctx={"stage": "test"}),
    expected={"compare": "json", "placeholders": True, "body_json": SEEN},
    notes="The same template on an AWS (Lambda) integration, recorded separately: the Lambda echoes the body it received, which is what the request template read with $input.params(h).")
QIITA = {"url": "https://qiita.com/makisyu/items/649f2c1945bde57c129f", "recorded_date": "(blog post)"}
add(id="user-report/qiita-makisyu/set-on-input-path-visible-to-input-json", family="map-writes", stage="integration_request",
    source=QIITA, evidence="user-report", strength="weak", licence="(quoted for testing; Qiita post)",
    template='#set($body = $input.path(\'$\'))\n#set($body.url = "https://example.tld/thingy/$body.id")\n$input.json(\'$\')',
    request=req("POST", "/", headers={"Content-Type": J}, body='{"id": "42", "url": "old"}'),
    expected={"compare": "json", "body_json": {"id": "42", "url": "https://example.tld/thingy/42"}},
    notes="The post reports that a #set on the object $input.path('$') returned shows up in $input.json('$'): both read one parsed payload. The request body is an example of the post's shape.")

MM = dict(LS, path="tests/aws/scenario/mythical_mysfits/test_mythical_misfits.py",
          test="tests/aws/scenario/mythical_mysfits/test_mythical_misfits.py::TestMythicalMisfitsScenario::test_user_clicks_are_stored",
          snapshot_file="tests/aws/scenario/mythical_mysfits/test_mythical_misfits.snapshot.json", recorded_date="17-10-2023, 20:12:30",
          marker="markers.aws.validated", construct="tests/aws/scenario/mythical_mysfits/constructs/user_clicks_service.py")
add(id="localstack/mythical-mysfits/cors-preflight-mock", family="headers", stage="pipeline",
    source=dict(MM, snapshot_keys=["cors-req-headers"]), evidence="aws-snapshot", strength="strong",
    integration=mock({J: '{"statusCode": 200}'}, [resp("200", "default", None, {
        "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent'",
        "method.response.header.Access-Control-Allow-Origin": "'*'", "method.response.header.Access-Control-Allow-Credentials": "'false'",
        "method.response.header.Access-Control-Allow-Methods": "'OPTIONS,GET,PUT,POST,DELETE'"})], passthrough="NEVER"),
    request=req("OPTIONS", "/clicks", headers={"Origin": "test.domain.com"}, resource="/clicks", ctx={"stage": "prod"}),
    expected={"statusCode": 200, "compare": "exact", "body": "", "headers": {"Access-Control-Allow-Credentials": "false",
              "Access-Control-Allow-Headers": "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent",
              "Access-Control-Allow-Methods": "OPTIONS,GET,PUT,POST,DELETE", "Access-Control-Allow-Origin": "*", "Content-Type": "application/json"}},
    notes="A CDK CORS preflight: an OPTIONS request without Content-Type passes passthroughBehavior NEVER (it counts as application/json), the MOCK answers 200 with an empty body, the mapped headers and Content-Type application/json.")
add(id="localstack/mythical-mysfits/put-click-firehose", family="headers", stage="pipeline",
    source=dict(MM, snapshot_keys=[]), evidence="aws-assertion", strength="medium",
    integration={"type": "AWS", "uri": "arn:aws:apigateway:us-east-1:firehose:action/PutRecord", "httpMethod": "POST",
                 "requestParameters": {"integration.request.header.Content-Type": "'application/x-amz-json-1.1'"},
                 "requestTemplates": {J: json.dumps({"DeliveryStreamName": "stream-1", "Record": {"Data": "$util.base64Encode($input.json('$'))"}})},
                 "responses": [resp("200", "default", {J: '{"status":"OK"}'}, {"method.response.header.Access-Control-Allow-Headers": "'Content-Type'",
                                                                            "method.response.header.Access-Control-Allow-Methods": "'OPTIONS,PUT'",
                                                                            "method.response.header.Access-Control-Allow-Origin": "'*'"})]},
    request=req("PUT", "/clicks", headers={"Content-Type": J}, body=json.dumps({"userId": "randomuser", "mysfitId": "b41ff031-141e-4a8d-bb56-158a22bea0b3"}), resource="/clicks", ctx={"stage": "prod"}),
    backend={"statusCode": 200, "headers": {"Content-Type": "application/x-amz-json-1.1"}, "body": '{"Encrypted":false,"RecordId":"abc"}'},
    expected={"statusCode": 200, "compare": "exact", "body": '{"status":"OK"}', "integration_request": {"body_json": {"DeliveryStreamName": "stream-1", "Record": {"Data": base64.b64encode(json.dumps({"userId": "randomuser", "mysfitId": "b41ff031-141e-4a8d-bb56-158a22bea0b3"}, separators=(",", ":")).encode()).decode()}}}},
    notes="The test asserts the body is exactly b'{\"status\":\"OK\"}'; the Firehose record it later reads back is the click as JSON ($input.json('$') re-serialises compactly). The Firehose answer is a stand-in.")
add(id="awsdocs-current/models-mappings/pets-trailing-comma", family="payload", stage="integration_request",
    source={"url": "https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html", "section": "Method request and integration request", "recorded_date": "(current guide)"},
    evidence="documentation", strength="weak", licence="CC BY-SA 4.0 (AWS documentation text), MIT-0 (sample code)",
    template="#set($inputRoot = $input.path('$'))\n  {\n    \"dogId\" : \"dog_\"$elem.id,\n    \"Age\": $inputRoot.Age\n  }",
    request=req("POST", "/pets", headers={"Content-type": J, "Host": "abcd1234.us-west-2.amazonaws.com"}, body='\n  {\n    "id": 1,\n    "type": "dog",\n    "Age": 11,\n  }'),
    expected={"compare": "json", "body_json": {"dogId": "dog_1", "Age": 11}},
    notes="The guide's example: a request body with a trailing comma (json-smart accepts it) mapped to {dogId: dog_1, Age: 11}. Its template reads $elem, which is undefined there, so the documented output is idealised.")

# ---------------------------------------------------------------------------------------------------------------
# Batch 2 (added after batch 1 was sealed; its own holdout fifth below)
BATCH1 = len(cases)
F = "test_apigateway_http"
ECHO = "https://echo.example/"
CLIENT_HTTP = {"Content-Type": J, "Accept": J, "user-Agent": "test/integration", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive", "Content-Length": "26"}
add(id="localstack/http-integration-method/http", family="headers", stage="pipeline",
    source=ls_src(F, "test_http_integration_method[HTTP]", ["http-invocation-lambda-url-post"], "05-07-2024, 17:00:39"),
    evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP", "uri": ECHO, "httpMethod": "POST", "responses": [resp("200")]},
    request=req("POST", "/test", headers=CLIENT_HTTP, body='{"message": "hello world"}', resource="/test", ctx={"stage": "test"}),
    backend={"echo": True, "statusCode": 200, "headers": {"Content-Type": J}},
    expected={"statusCode": 200, "compare": "none", "placeholders": True,
              "integration_request": {"body": '{"message": "hello world"}',
                                      "headers": {"Accept": J, "Content-Type": J, "User-Agent": "AmazonAPIGateway_<rest_api_id:1>"},
                                      "absent_headers": ["Accept-Encoding"]}},
    notes="What an HTTP (non-proxy) backend received from a POST with no template: the body unchanged, the client's Content-Type, and API Gateway's own Accept and User-Agent in place of the client's (an echo server recorded them; its origin and content-length are left out).")
add(id="localstack/http-integration-method/http_proxy", family="headers", stage="pipeline",
    source=ls_src(F, "test_http_integration_method[HTTP_PROXY]", ["http-invocation-lambda-url-post"], "05-07-2024, 17:00:46"),
    evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP_PROXY", "uri": ECHO, "httpMethod": "POST"},
    request=req("POST", "/test", headers=CLIENT_HTTP, body='{"message": "hello world"}', resource="/test", ctx={"stage": "test"}),
    backend={"echo": True, "statusCode": 200, "headers": {"Content-Type": J}},
    expected={"statusCode": 200, "compare": "none",
              "integration_request": {"body": '{"message": "hello world"}',
                                      "headers": {"Accept": J, "Accept-Encoding": "gzip, deflate", "Content-Type": J, "User-Agent": "test/integration"},
                                      "absent_headers": ["Connection"]}},
    notes="An HTTP_PROXY backend receives the client's own headers (its User-Agent kept), minus those API Gateway drops.")
for itype, date in [("HTTP", "01-04-2024, 21:02:52"), ("HTTP_PROXY", "01-04-2024, 20:44:46")]:
    for key, code in [("matching-response", 200), ("non-matching-response", 400)]:
        body = json.dumps({"status_code": code, "message": ""})
        add(id=f"localstack/http-status-code-passthrough/{itype.lower()}/{code}", family="selection", stage="pipeline",
            source=ls_src(F, f"test_http_integration_invoke_status_code_passthrough[{itype}]", [key], date),
            evidence="aws-snapshot", strength="medium",
            integration={"type": itype, "uri": "https://status.example/{map}", "httpMethod": "POST",
                         "requestParameters": {"integration.request.path.map": "method.request.path.map"},
                         **({"responses": [resp("200")]} if itype == "HTTP" else {})},
            request=req("POST", f"/status/{code}", pp={"map": f"status/{code}"}, resource="/{map+}", ctx={"stage": "test"}),
            backend={"statusCode": code, "headers": {"Content-Type": J}, "body": body},
            expected={"statusCode": 200 if itype == "HTTP" else code, "compare": "json", "body_json": {"message": "", "status_code": code}},
            notes=("A non-proxy HTTP integration with only the default integration response answers 200 whatever the backend's status, with the backend's body" if itype == "HTTP" else "An HTTP_PROXY integration passes the backend's status and body through") + " (the backend is a Lambda function URL answering with the status at the end of its path; its body is reconstructed from the function's code and the snapshot).")
add(id="localstack/http-proxy-request-data-mappings", family="headers", stage="pipeline",
    source=ls_src(F, "test_http_proxy_integration_request_data_mappings", ["http-proxy-invocation"], "18-07-2024, 13:59:19"),
    evidence="aws-snapshot", strength="strong",
    integration={"type": "HTTP_PROXY", "uri": ECHO + "?testVar={pathVar}&testQs={qsVar}", "httpMethod": "POST",
                 "requestParameters": {"integration.request.header.headerVar": "method.request.header.foobar",
                                       "integration.request.path.qsVar": "method.request.querystring.testVar",
                                       "integration.request.path.pathVar": "method.request.path.pathVariable",
                                       "integration.request.querystring.queryString": "method.request.querystring.testQueryString",
                                       "integration.request.querystring.testQs": "method.request.querystring.testQueryString",
                                       "integration.request.querystring.testEmptyQs": "method.request.header.emptyheader"}},
    request=req("POST", "/foobar", headers={"Content-Type": J, "Accept": J, "foobar": "mapped-value", "user-Agent": "test/integration", "headerVar": "request-value"},
                body='{"message": "hello world"}', qs={"testQueryString": "foo", "testVar": "bar"}, pp={"pathVariable": "foobar"}, resource="/{pathVariable}", ctx={"stage": "test"}),
    backend={"statusCode": 200, "headers": {"Content-Type": J}, "body": "{}"},
    expected={"statusCode": 200, "compare": "none",
              "integration_request": {"headers": {"foobar": "mapped-value", "headerVar": "mapped-value"},
                                      "query": {"queryString": "foo", "testQs": "bar,foo", "testQueryString": "foo", "testVar": "foobar,bar"}}},
    notes="An HTTP_PROXY integration with mappings: path parameters fill the uri's {name}s (also in its query), the client's query string passes through, mapped query parameters are added (a name twice gets both values, which the echo server recorded comma-joined), and a mapped header replaces the client's. A mapping whose source is absent (emptyheader) adds nothing.")

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: LocalStack's unit tests of $input.path/$input.json, "updated with findings from the AWS console"
# (localstack/localstack c9e027948, PR #12774). Emulator evidence.
BATCH2 = len(cases)
UT3 = dict(UT, path="tests/unit/services/apigateway/test_template_mapping.py", introduced_by="c9e027948fb8b20a74980209d6b8932be2875fd2")
for test_name, template, body, want in [
        ("test_apply_template_no_json_payload", "$input.json('$.message')", '"#foobar123"', '""'),
        ("test_apply_template_no_json_payload_non_quoted", "$input.json('$.message')", "not json", '""'),
        ("test_apply_template_no_json_payload_nested", "$input.json('$.message').testAccess", '"#foobar123"', ""),
        ("test_apply_template_no_json_payload_escaped", "$util.escapeJavaScript($input.json('$.message'))", '"#foobar123"', '\\"\\"'),
        ("test_input_path_empty_body", '$input.path("$.myVar")', "", "")]:
    add(id=f"localstack-unit/template-mapping/{test_name}", family="payload", stage="integration_request",
        source=dict(UT3, test="TestApiGatewayVtlTemplate::" + test_name), evidence="emulator", strength="weak",
        template=template, request=req("POST", "/", headers={"Content-Type": J}, body=body),
        expected={"compare": "exact", "body": want},
        notes="LocalStack's unit test; the change that wrote it says its expectations were checked in the AWS console. $input.json of a path with nothing there prints \"\" (two quotes).")

# ---------------------------------------------------------------------------------------------------------------
# Sealed holdout: a seeded random fifth of every case, kept in its own file.
rng = random.Random(20250614)
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
first = ids[:BATCH1]
hold = set(rng.sample(first, round(len(first) * 0.2)))
# each later batch gets its own sealed fifth, so the first batch's holdout never changes
later = ids[BATCH1:BATCH2]
hold |= set(random.Random(20250615).sample(later, round(len(later) * 0.2)))
third = ids[BATCH2:]
hold |= set(random.Random(20250616).sample(third, round(len(third) * 0.2)))
groups = {}
for c in cases:
    if c["id"] in hold:
        name = "holdout"
    elif c["evidence"] == "emulator":
        name = "emulator"
    elif c["evidence"] in ("documentation", "user-report"):
        name = "documentation-and-reports"
    else:
        name = "localstack-aws"
    groups.setdefault(name, []).append(c)
os.makedirs(OUT, exist_ok=True)
for name, cs in groups.items():
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(cs, f, indent=1, ensure_ascii=False)
        f.write("\n")
from collections import Counter
print(len(cases), {k: len(v) for k, v in groups.items()}, Counter(c["evidence"] for c in cases), Counter(c["stage"] for c in cases), Counter(c["family"] for c in cases))
