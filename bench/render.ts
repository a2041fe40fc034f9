/**
 * Rendering typical mapping templates: this project's renderer (server/src/service/render) against
 * serverless-offline's velocityjs-based API Gateway emulation (its VelocityContext and
 * renderVelocityTemplateObject modules), installed on demand into .bench/peers by bench/run.mjs.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderTemplate } from '../server/src/service/render';
import { summary, Summary } from './stats';

/** Typical templates: a DynamoDB request, a response that loops over items, a Step Functions start. */
export const TYPICAL_TEMPLATES: Record<string, { template: string; body: unknown }> = {
  'dynamodb-put-request': {
    template: `#set($body = $input.path('$'))
{
  "TableName": "orders",
  "Item": {
    "id": { "S": "$context.requestId" },
    "customer": { "S": "$util.escapeJavaScript($body.customer)" },
    "total": { "N": "$body.total" },
    "page": { "S": "$input.params('page')" }
  }
}`,
    body: { customer: 'Ann "the" Buyer', total: 42.5 },
  },
  'items-response': {
    template: `#set($items = $input.path('$.Items'))
{
  "count": $items.size(),
  "orders": [
#foreach($item in $items)
    { "id": "$item.id.S", "customer": "$util.escapeJavaScript($item.customer.S)", "total": $item.total.N }#if($foreach.hasNext),#end
#end
  ]
}`,
    body: { Items: Array.from({ length: 10 }, (_, i) => ({ id: { S: `o-${i}` }, customer: { S: `Customer ${i}` }, total: { N: String(10 + i) } })) },
  },
  'step-functions-start': {
    template: `#set($data = $util.escapeJavaScript($input.json('$')))
{
  "input": "$data",
  "name": "$context.requestId",
  "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Orders"
}`,
    body: { orderId: 'o-1', lines: [{ sku: 'a', qty: 2 }] },
  },
};

export interface RenderBench {
  readonly template: string;
  readonly oursUs: Summary;
  readonly peerUs?: Summary;
  readonly peerToOurs?: number;
}

type PeerRender = (template: string, body: unknown) => unknown;

/** serverless-offline's modules, or undefined when they are not installed. */
export async function loadServerlessOffline(peersDir: string): Promise<PeerRender | undefined> {
  const base = path.join(peersDir, 'node_modules/serverless-offline/src/events/http/lambda-events');
  try {
    const render = (await import(pathToFileURL(path.join(base, 'renderVelocityTemplateObject.js')).href)).default as (t: unknown, c: unknown) => unknown;
    const VelocityContext = (await import(pathToFileURL(path.join(base, 'VelocityContext.js')).href)).default as new (...args: unknown[]) => { getContext(): unknown };
    const request = {
      method: 'post',
      raw: { req: { rawHeaders: ['Content-Type', 'application/json', 'User-Agent', 'bench'] } },
      info: { remoteAddress: '203.0.113.7' },
      headers: { 'user-agent': 'bench', 'content-type': 'application/json' },
      params: { id: '42' },
      query: { page: '2' },
    };
    return (template, body) => render(template, new VelocityContext(request, 'dev', body, '/orders/{id}').getContext());
  } catch {
    return undefined;
  }
}

export function benchRender(peer: PeerRender | undefined, iterations: number): RenderBench[] {
  const results: RenderBench[] = [];
  for (const [name, { template, body }] of Object.entries(TYPICAL_TEMPLATES)) {
    const request = { httpMethod: 'POST', path: '/orders/42', headers: { 'Content-Type': 'application/json' }, pathParameters: { id: '42' }, queryStringParameters: { page: '2' }, body: JSON.stringify(body) };
    const ours = () => renderTemplate(template, 'request', request);
    const theirs = peer ? () => peer(template, body) : undefined;
    const oursUs = time(ours, iterations);
    const peerUs = theirs ? time(theirs, iterations) : undefined;
    results.push({ template: name, oursUs, peerUs, peerToOurs: peerUs ? Math.round((peerUs.median / oursUs.median) * 10) / 10 : undefined });
  }
  return results;
}

/** Microseconds per call, after a warm-up. */
function time(run: () => unknown, iterations: number): Summary {
  for (let i = 0; i < Math.min(200, iterations); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push((performance.now() - start) * 1000);
  }
  return summary(samples, 0);
}
