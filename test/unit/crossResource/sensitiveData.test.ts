import { describe, it } from 'node:test';
import { expectCode, openapi } from '../../helpers/fixtures';
import { expectSilent } from './fixes';

const HTTP = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

function withTemplate(template: string): string {
  // A double-quoted scalar: the fixture reads `|` as a caret, so no block scalars here.
  return openapi(`        type: aws\n        httpMethod: POST\n        uri: ${HTTP}\n        requestTemplates:\n          application/json: ${JSON.stringify(template)}\n        responses:\n          default:\n            statusCode: "200"`);
}

describe('sensitive-data-in-template', () => {
  it('hints on a template that copies the Authorization header or the API key', () => {
    expectCode(withTemplate(`{"auth": "«$input.params('Authorization')»"}`), 'sensitive-data-in-template');
    expectCode(withTemplate(`{"key": "«$context.identity.apiKey»"}`), 'sensitive-data-in-template');
    expectCode(withTemplate(`{"h": "«$input.params().header.get('x-api-key')»"}`), 'sensitive-data-in-template');
  });
  it('hints on fields named like secrets filled from the request', () => {
    expectCode(withTemplate(`{"user": "$input.path('$.user')", «"password": "$input».path('$.password')"}`), 'sensitive-data-in-template');
    expectCode(withTemplate(`{«"accessToken": "$context».authorizer.token"}`), 'sensitive-data-in-template');
  });
  it('is silent on ordinary fields and pagination tokens', () => {
    expectSilent(withTemplate(`{"nextToken": "$input.params('next')", "name": "$input.path('$.name')", "passwordPolicy": "strict"}`), 'sensitive-data-in-template');
  });
});
