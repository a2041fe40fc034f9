/**
 * The LSP base protocol's framing (`Content-Length: N\r\n\r\n` + N bytes), checked before vscode-jsonrpc reads
 * it. vscode-jsonrpc throws on a header line without `:` and gives up on a non-numeric Content-Length, leaving
 * the bad bytes at the head of its buffer: from then on the server answers nothing, while alive. This stream
 * drops a malformed header block (and says so) and passes everything else through unchanged, bodies streamed
 * without copying, so the next well-formed message is read as usual.
 */
import { Transform, TransformCallback } from 'node:stream';
import { format } from 'node:util';

const TERMINATOR = Buffer.from('\r\n\r\n');
/** A header block longer than this is not one (real ones are under 100 bytes). */
const MAX_HEADER_BYTES = 8 * 1024;

export class FramingGuard extends Transform {
  /** Bytes of the header block read so far (HEADER state). */
  private header: Buffer = Buffer.alloc(0);
  /** Body bytes still to pass through (BODY state when > 0). */
  private remaining = 0;

  constructor(private readonly onDrop: (reason: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let data = chunk;
    while (data.length) {
      if (this.remaining > 0) {
        const body = data.subarray(0, this.remaining);
        this.push(body);
        this.remaining -= body.length;
        data = data.subarray(body.length);
        continue;
      }
      this.header = this.header.length ? Buffer.concat([this.header, data]) : data;
      const end = this.header.indexOf(TERMINATOR);
      if (end < 0) {
        if (this.header.length > MAX_HEADER_BYTES) this.resync(`no header terminator in ${this.header.length} bytes`);
        break;
      }
      const block = this.header.subarray(0, end).toString('latin1');
      const rest = this.header.subarray(end + TERMINATOR.length);
      // Garbage right before a valid header (a message written without one): keep the header.
      const start = contentLength(block) === undefined ? Math.max(0, block.lastIndexOf('Content-Length')) : 0;
      const length = contentLength(block.slice(start));
      if (length === undefined || start > 0) this.onDrop(`dropped a malformed message header: ${JSON.stringify(block.slice(0, length === undefined ? 200 : Math.min(start, 200)))}`);
      if (length !== undefined) {
        this.push(this.header.subarray(start, end + TERMINATOR.length));
        this.remaining = length;
      }
      this.header = Buffer.alloc(0);
      data = rest;
    }
    callback();
  }

  /** Drops garbage up to the next `Content-Length` (or all of it but a possible partial one). */
  private resync(reason: string): void {
    const next = this.header.indexOf('Content-Length', 1);
    const keep = next > 0 ? next : Math.max(0, this.header.length - 16);
    this.onDrop(`dropped ${keep} bytes of input: ${reason}`);
    this.header = this.header.subarray(keep);
  }
}

/** The Content-Length of a header block, or undefined when the block is not a valid LSP header. */
export function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length !== undefined && Number.isSafeInteger(length) ? length : undefined;
}

/** stdout carries the protocol: console output goes to the client's log instead (vscode-languageserver does this for its own --stdio streams). */
export function routeConsoleTo(log: (message: string) => void): void {
  const write = (...args: unknown[]) => log(format(...args));
  console.log = console.info = console.debug = console.trace = write;
  console.dir = (value: unknown) => log(format('%O', value));
}
