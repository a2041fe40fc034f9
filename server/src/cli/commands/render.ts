// `apigw render TEMPLATE_FILE --request REQ.json [--integration-response RESP.json] [--json]`
// Renders one mapping template: a request template by default, a response template when an integration
// response is given. Exit code 0 when it rendered cleanly, 1 when the template reported errors, 2 on usage errors.
import { renderTemplate, BackendResponse, SampleRequest } from '../../service/render';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
}

const USAGE = 'usage: apigw render TEMPLATE_FILE --request REQ.json [--integration-response RESP.json] [--json]\n';

export async function renderCommand(args: string[], io: CliIO): Promise<number> {
  let templateFile: string | undefined;
  let requestFile: string | undefined;
  let responseFile: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
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
    request = readJson(await io.readFile(requestFile), requestFile) as SampleRequest;
    if (responseFile) backend = readJson(await io.readFile(responseFile), responseFile) as BackendResponse;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 2;
  }
  const stage = backend ? 'response' : 'request';
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
