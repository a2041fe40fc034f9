/**
 * Progress of a long lint on stderr. On a terminal one line is rewritten in place (at most ten times a second);
 * elsewhere (`--progress` in a CI log) a line every 100 files. Both end with the time taken.
 */
import * as path from 'node:path';

export interface ProgressReporter {
  update(done: number, total: number, file: string): void;
  done(milliseconds: number): void;
}

export function progressReporter(write: (s: string) => void, terminal: boolean, cwd: string): ProgressReporter {
  let lastDraw = 0;
  let drawn = false;
  let count = 0;
  return {
    update(done, total, file) {
      count = total;
      if (terminal) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const name = path.relative(cwd, file) || file;
        const line = `apigw lint: ${done}/${total} ${name}`;
        const width = (process.stderr.columns ?? 100) - 1;
        write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
        drawn = true;
      } else if (done % 100 === 0 && done < total) {
        write(`apigw lint: ${done}/${total} files\n`);
      }
    },
    done(milliseconds) {
      if (drawn) write('\r\x1b[K');
      write(`apigw lint: read ${count} files in ${(milliseconds / 1000).toFixed(1)} s\n`);
    },
  };
}
