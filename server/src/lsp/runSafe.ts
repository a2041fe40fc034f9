import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * Every handler runs through here: cancellation is checked before and after the work, and an exception
 * becomes a logged error and the default answer — one bad file never takes the server down.
 * (Model: vscode json-language-features server/src/utils/runner.ts.)
 */
export function runSafe<T>(log: (message: string) => void, what: string, token: CancellationToken | undefined, fallback: T, work: () => T): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token?.isCancellationRequested) return resolve(cancelled());
      try {
        const result = work();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (error) {
        log(`${what} failed: ${(error as Error).stack ?? error}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
