import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionMatches, isBroadAction, mayIntersect } from '../../../server/src/service/rules/crossResource/patterns';

const H = '\u0000';

describe('IAM patterns with deploy-time holes', () => {
  it('matches actions case-insensitively with * and ?', () => {
    assert.equal(actionMatches('sqs:Send*', 'sqs:SendMessage'), true);
    assert.equal(actionMatches('SQS:sendmessage', 'sqs:SendMessage'), true);
    assert.equal(actionMatches('sqs:Receive*', 'sqs:SendMessage'), false);
    assert.equal(actionMatches('s?s:*', 'sqs:SendMessage'), true);
    assert.equal(actionMatches(H, 'sqs:SendMessage'), undefined);
  });
  it('says two ARN patterns may meet when some ARN fits both', () => {
    assert.equal(mayIntersect('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/key'), true);
    assert.equal(mayIntersect('arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/key'), false);
    assert.equal(mayIntersect(`arn:aws:sqs:*:*:${H}`, `arn:aws:sqs:${H}:${H}:orders`), true);
    assert.equal(mayIntersect('arn:aws:sqs:*:*:payments', `arn:aws:sqs:${H}:${H}:orders`), false);
    assert.equal(mayIntersect(`${H}/*`, `${H}/${H}/GET/pets`), true);
  });
  it('knows broad actions', () => {
    assert.equal(isBroadAction('*'), true);
    assert.equal(isBroadAction('sqs:*'), true);
    assert.equal(isBroadAction('sqs:Send*'), false);
  });
});
