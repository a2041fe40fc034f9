import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';

export const codeLensCapability = { codeLensProvider: { resolveProvider: false } };

/** "Render" and "Simulate request" above each mapping template; the client owns the commands. */
export function registerCodeLens(context: ServerContext): void {
  context.connection.onCodeLens((params, token) =>
    runSafe(context.log, 'Code lenses', token, [], () => {
      const served = context.served(params.textDocument.uri);
      if (!served) return [];
      return context.service.getCodeLenses(served.document, served.parsed);
    }),
  );
}
