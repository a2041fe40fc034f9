// Small documents the e2e tests write into the workspace copy. Each lists the diagnostics the language
// service reports for it (checked by hand against server/src/service/rules/catalogue.ts): line (1-based), code.

/** An OpenAPI 3 file with a Lambda proxy called with GET and a MOCK with a bad passthroughBehavior. */
export const ORDERS_OPENAPI_YAML = `openapi: 3.0.1
info:
  title: Orders
  version: '1.0'
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: OK
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: GET
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations
  /mock:
    post:
      responses:
        '200':
          description: OK
      x-amazon-apigateway-integration:
        type: mock
        passthroughBehavior: sometimes
`;

export const ORDERS_OPENAPI_YAML_DIAGNOSTICS: Array<[number, string]> = [
  [19, 'lambda-http-method'], // httpMethod: GET on a Lambda integration
  [27, 'mock-without-request-template'], // the MOCK integration has no requestTemplates
  [28, 'invalid-enum-value'], // passthroughBehavior: sometimes
];

/** The same kind of content as JSON. */
export const PETS_OPENAPI_JSON = `{
  "swagger": "2.0",
  "info": { "title": "Pets", "version": "1" },
  "paths": {
    "/pets": {
      "get": {
        "responses": { "200": { "description": "OK" } },
        "x-amazon-apigateway-integration": {
          "type": "AWS_PROXY",
          "httpMethod": "GET",
          "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"
        }
      }
    }
  }
}
`;

export const PETS_OPENAPI_JSON_DIAGNOSTICS: Array<[number, string]> = [[10, 'lambda-http-method']];

/** YAML that has nothing to do with API Gateway (a GitHub workflow): we must stay silent. */
export const UNRELATED_YAML = `name: ci
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
        env:
          type: aws_proxy
          httpMethod: GET
`;

/** An integration being typed: `type:` has no value yet (completion of the five integration types). */
export const TYPING_TYPE_YAML = `openapi: 3.0.1
info:
  title: Orders
  version: '1.0'
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: OK
      x-amazon-apigateway-integration:
        type: \n        httpMethod: POST
`;

/** An integration with type and httpMethod, and an empty line for the next key (line 20). */
export const TYPING_KEY_YAML = `openapi: 3.0.1
info:
  title: Orders
  version: '1.0'
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: OK
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        \n`;
