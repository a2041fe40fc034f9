// `apigw simulate DEFINITION_FILE --path /p --method GET --request REQ.json [--backend RESP.json] [--verbose]`
// One request through the whole pipeline of an operation (OpenAPI, SAM or CloudFormation), the same way the
// editor's "Simulate request" runs it: the model → IntegrationSpec → the engine's simulate(). Prints the client's
// response {statusCode, headers, body} as JSON; `--verbose` adds the steps (which template, which integration
// response and why), what the backend received and, for Lambda proxies, the event.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, integrationsForRoute, ownerLabel } from '../../service';
import { CliIO, EXIT } from '../io';

export const SIMULATE_USAGE = `usage: apigw simulate DEFINITION_FILE --path /p --method GET --request REQ.json [--backend RESP.json] [--verbose]

Simulates one request through an operation's integration as API Gateway (REST) runs it: request template chosen
by Content-Type and passthroughBehavior, parameter mappings, the backend (MOCK, a sample response, or a Lambda
proxy), the integration response chosen by selectionPattern, the response template chosen by Accept.
  DEFINITION_FILE   an OpenAPI/Swagger file (YAML or JSON), a SAM or a CloudFormation template
  --path PATH       the resource path (/pets/{petId}) or a concrete path (/pets/42); default: the request's path
  --method METHOD   GET, POST, ...; default: the request's httpMethod
  --request FILE    the sample request (JSON, as in .apigw/requests/); its "backend" is the backend's response
  --backend FILE    the backend's response {statusCode, headers, body, errorMessage}; replaces the request's
  --verbose         print {statusCode, headers, body, steps, integrationRequest, lambdaEvent, errors}
Prints {statusCode, headers, body} as JSON. Exit codes: 0 simulated, 1 a template reported errors,
2 usage or input errors (unreadable files, no operation at that route).
`;

export async function simulateCommand(args: string[], io: CliIO): Promise<number> {
  const options: { file?: string; path?: string; method?: string; request?: string; backend?: string; verbose: boolean } = { verbose: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) {
        io.stderr(`${a} needs a value\n${SIMULATE_USAGE}`);
        return undefined;
      }
      return v;
    };
    if (a === '-h' || a === '--help') {
      io.stdout(SIMULATE_USAGE);
      return EXIT.ok;
    } else if (a === '--verbose' || a === '-v') options.verbose = true;
    else if (a === '--path' || a === '--method' || a === '--request' || a === '--backend') {
      const v = value();
      if (v === undefined) return EXIT.usage;
      options[a.slice(2) as 'path' | 'method' | 'request' | 'backend'] = v;
    } else if (a.startsWith('-')) {
      io.stderr(`unknown option ${a}\n${SIMULATE_USAGE}`);
      return EXIT.usage;
    } else if (options.file === undefined) options.file = a;
    else {
      io.stderr(`unexpected argument ${a}\n${SIMULATE_USAGE}`);
      return EXIT.usage;
    }
  }
  if (!options.file) {
    io.stderr(SIMULATE_USAGE);
    return EXIT.usage;
  }

  let definition: string;
  let sample: Record<string, unknown> = {};
  try {
    definition = await io.readFile(options.file);
    if (options.request) sample = jsonObject(await io.readFile(options.request), options.request);
    if (options.backend) sample.backend = jsonObject(await io.readFile(options.backend), options.backend);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return EXIT.usage;
  }
  const method = (options.method ?? (typeof sample.httpMethod === 'string' ? sample.httpMethod : undefined))?.toUpperCase();
  const path = options.path ?? (typeof sample.resourcePath === 'string' ? sample.resourcePath : typeof sample.path === 'string' ? sample.path : undefined);
  if (!method || !path) {
    io.stderr(`give --method and --path (or httpMethod and path in the request)\n${SIMULATE_USAGE}`);
    return EXIT.usage;
  }

  const service = getLanguageService();
  const languageId = /\.json$/i.test(options.file) ? 'json' : 'yaml';
  const document = TextDocument.create(`file://${encodeURI(options.file)}`, languageId, 1, definition);
  const parsed = service.parseDocument(document);
  const matches = integrationsForRoute(parsed, method, path);
  if (!matches.length) {
    const routes = parsed.model.integrations.filter((i) => i.path && i.location !== 'openapi-component').map((i) => `${i.method ?? 'ANY'} ${i.path}`);
    io.stderr(`${options.file}: no integration for ${method} ${path}${routes.length ? `; the file has: ${[...new Set(routes)].join(', ')}` : ' (no API Gateway integrations found)'}\n`);
    return EXIT.usage;
  }
  const [{ integration, pathParameters }] = matches;
  if (matches.length > 1) io.stderr(`${options.file}: ${matches.length} integrations serve ${method} ${path}; simulating ${ownerLabel(integration)}\n`);

  // The route fills what the request does not say.
  sample.httpMethod ??= method;
  if (integration.path && sample.resourcePath === undefined) sample.resourcePath = integration.path;
  if (Object.keys(pathParameters).length && sample.pathParameters === undefined) sample.pathParameters = pathParameters;
  if (sample.path === undefined) {
    // a resource path given as --path: fill its parameters from the request's pathParameters where it has them
    const params = (sample.pathParameters ?? {}) as Record<string, unknown>;
    sample.path = path.replace(/\{([^{}+]+)\+?\}/g, (whole, name: string) => (typeof params[name] === 'string' ? (params[name] as string) : whole));
  }

  const response = service.renderTemplate(document, parsed, { mode: 'simulate', integrationId: integration.id, requestText: JSON.stringify(sample), requestName: options.request }, { displayLimit: Number.POSITIVE_INFINITY });
  const result = response.result;
  if (!result) {
    io.stderr(`${response.message ?? 'nothing to simulate'}\n`);
    return EXIT.usage;
  }
  for (const p of result.requestProblems) io.stderr(`${options.request ?? 'request'}: warning: ${p}\n`);
  const fatal = result.errors.find((e) => e.kind === 'request' || e.kind === 'unavailable');
  if (fatal) {
    io.stderr(`${fatal.message}\n`);
    return EXIT.usage;
  }
  for (const e of result.errors) {
    const where = e.range ? `${options.file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ` : `${options.file}: `;
    io.stderr(`${where}${e.stage ? `${e.stage} template ` : ''}${e.kind} error: ${e.message}\n`);
  }
  const out: Record<string, unknown> = { statusCode: result.statusCode, headers: result.headers, body: result.output };
  if (options.verbose) {
    out.steps = result.steps.map((s) => `${s.stage}: ${s.message}`);
    if (result.integrationRequest) out.integrationRequest = result.integrationRequest;
    if (result.lambdaEvent) out.lambdaEvent = result.lambdaEvent;
    if (result.errors.length) out.errors = result.errors;
  }
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return result.errors.length ? EXIT.findings : EXIT.ok;
}

function jsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected a JSON object`);
  return value as Record<string, unknown>;
}
