// `apigw render TEMPLATE_FILE --request REQ.json [--integration-response RESP.json] [--stage request|response] [--json]`
// Renders one mapping template: a request template by default, a response template when an integration
// response is given (or `--stage response`, which reads the sample request's own `backend`). The request file
// is a sample request as the editor's preview uses them (.apigw/requests/*.json); problems with it are warnings.
// Exit code 0 when it rendered cleanly, 1 when the template reported errors, 2 on usage errors.
import { readBackend, readSampleRequest, renderTemplate, BackendResponse, SampleRequest } from '../../service';
import type { CliIO } from '../io';

export type { CliIO } from '../io';

export const RENDER_USAGE = `usage: apigw render TEMPLATE_FILE --request REQ.json [--integration-response RESP.json] [--stage request|response] [--json]

Renders one mapping template (a .vtl file) with API Gateway's engine, sandboxed and bounded.
  --request FILE               the sample request (JSON: httpMethod, path, headers, queryStringParameters,
                               pathParameters, stageVariables, body, context, and optionally backend)
  --integration-response FILE  the backend's response {statusCode, headers, body}: renders a response template
  --stage request|response     which stage; response without --integration-response uses the request's backend
  --json                       print {output, statusCode?, overrides?, errors?} as JSON
Exit codes: 0 rendered, 1 the template reported errors, 2 usage or input errors.
`;
const USAGE = RENDER_USAGE;

export async function renderCommand(args: string[], io: CliIO): Promise<number> {
  let templateFile: string | undefined;
  let requestFile: string | undefined;
  let responseFile: string | undefined;
  let json = false;
  let stageOption: 'request' | 'response' | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--stage') {
      const v = args[++i];
      if (v !== 'request' && v !== 'response') {
        io.stderr(`--stage is request or response\n${USAGE}`);
        return 2;
      }
      stageOption = v;
    }
    else if (a === '--request' || a === '--integration-response') {
      const v = args[++i];
      if (v === undefined) {
        io.stderr(`${a} needs a file\n${USAGE}`);
        return 2;
      }
      if (a === '--request') requestFile = v;
      else responseFile = v;
    } else if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      io.stderr(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else if (templateFile === undefined) templateFile = a;
    else {
      io.stderr(`unexpected argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!templateFile || !requestFile) {
    io.stderr(USAGE);
    return 2;
  }
  let template: string;
  let request: SampleRequest;
  let backend: BackendResponse | undefined;
  try {
    template = await io.readFile(templateFile);
    const text = await io.readFile(requestFile);
    const sample = withFile(requestFile, () => readSampleRequest(readJson(text, requestFile as string)));
    for (const p of sample.problems) io.stderr(`${requestFile}: warning: ${p}\n`);
    request = sample.request;
    if (responseFile) {
      const problems: string[] = [];
      const raw = readJson(await io.readFile(responseFile), responseFile);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${responseFile}: an integration response is a JSON object {statusCode, headers, body}`);
      backend = readBackend(raw as Record<string, unknown>, problems);
      for (const p of problems) io.stderr(`${responseFile}: warning: ${p}\n`);
    } else if (stageOption === 'response') backend = sample.backend ?? { statusCode: 200, body: '' };
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 2;
  }
  const stage = stageOption ?? (backend ? 'response' : 'request');
  const r = renderTemplate(template, stage, request, backend);
  if (json) {
    const out: Record<string, unknown> = { output: r.output };
    if (r.responseOverride.status !== undefined) out.statusCode = r.responseOverride.status;
    const req = r.requestOverride;
    const anyReq = Object.keys(req.header).length + Object.keys(req.querystring).length + Object.keys(req.path).length > 0;
    const anyRes = Object.keys(r.responseOverride.header).length > 0 || r.responseOverride.status !== undefined;
    if (anyReq || anyRes) out.overrides = { ...(anyReq ? { request: req } : {}), ...(anyRes ? { response: r.responseOverride } : {}) };
    if (r.errors.length) out.errors = r.errors;
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout(r.output);
    if (r.output && !r.output.endsWith('\n')) io.stdout('\n');
    for (const e of r.errors) {
      const where = e.line !== undefined ? `${templateFile}:${e.line}:${e.column}: ` : `${templateFile}: `;
      io.stderr(`${where}${e.kind} error: ${e.message}\n`);
    }
  }
  return r.errors.length ? 1 : 0;
}

function readJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function withFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const message = (e as Error).message;
    throw new Error(message.startsWith(file) ? message : `${file}: ${message}`);
  }
}
