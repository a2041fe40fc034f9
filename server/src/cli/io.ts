/** What a CLI command may do to the outside world: injected, so the commands are testable without a process. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Done, nothing to report. */
  ok: 0,
  /** Done, with findings: template errors, lint problems. */
  findings: 1,
  /** Could not run: bad arguments, unreadable or invalid input files, nothing at the given route. */
  usage: 2,
} as const;
