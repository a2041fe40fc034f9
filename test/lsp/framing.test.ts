// The stdio framing guard (server/src/lsp/stdioFraming.ts): valid frames pass unchanged however the bytes are
// chunked; malformed header blocks are dropped so the next valid frame is still read.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentLength, FramingGuard } from '../../server/src/lsp/stdioFraming';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

function through(input: Buffer, chunkSize: number): Promise<{ output: string; drops: string[] }> {
  return new Promise((resolve, reject) => {
    const drops: string[] = [];
    const guard = new FramingGuard((reason) => drops.push(reason));
    const out: Buffer[] = [];
    guard.on('data', (b: Buffer) => out.push(b));
    guard.on('end', () => resolve({ output: Buffer.concat(out).toString('utf8'), drops }));
    guard.on('error', reject);
    for (let i = 0; i < input.length; i += chunkSize) guard.write(input.subarray(i, i + chunkSize));
    guard.end();
  });
}

describe('stdio framing guard', () => {
  const valid = [frame('{"jsonrpc":"2.0","id":1,"method":"a"}'), frame('{"jsonrpc":"2.0","method":"é ü 😀"}'), `Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}`, frame('')];

  for (const size of [1, 3, 17, 1 << 20]) {
    it(`valid frames pass unchanged in chunks of ${size} bytes`, async () => {
      const input = Buffer.from(valid.join(''));
      const { output, drops } = await through(input, size);
      assert.equal(output, valid.join(''));
      assert.deepEqual(drops, []);
    });

    it(`malformed headers are dropped and the frames after them kept (chunks of ${size})`, async () => {
      const garbage = ['Content-Length: abc\r\n\r\n', 'garbage without a header\r\n\r\n', 'Content-Length: -5\r\n\r\n', 'Content-Length: 1e3\r\n\r\n', ': no name\r\n\r\n'];
      const input = Buffer.from([valid[0], garbage[0], valid[1], garbage[1], garbage[2], valid[2], garbage[3], garbage[4], valid[3]].join(''));
      const { output, drops } = await through(input, size);
      assert.equal(output, valid.join(''));
      assert.equal(drops.length, 5);
      assert.match(drops[0], /dropped a malformed message header: "Content-Length: abc"/);
    });
  }

  it('a JSON body written without a header is dropped, the valid header right after it is kept', async () => {
    const input = Buffer.from('{"jsonrpc":"2.0","id":9,"method":"x"}' + valid[0] + valid[1]);
    const { output, drops } = await through(input, 5);
    assert.equal(output, valid[0] + valid[1]);
    assert.equal(drops.length, 1);
  });

  it('megabytes without a header terminator are dropped up to the next Content-Length', async () => {
    const input = Buffer.concat([Buffer.alloc(100_000, 'x'), Buffer.from(valid[0])]);
    const { output, drops } = await through(input, 4096);
    assert.equal(output, valid[0]);
    assert.ok(drops.length >= 1);
  });

  it('contentLength reads the header block as vscode-jsonrpc does', () => {
    assert.equal(contentLength('Content-Length: 12'), 12);
    assert.equal(contentLength('content-length:7\r\nContent-Type: x'), 7);
    assert.equal(contentLength('Content-Type: x'), undefined);
    assert.equal(contentLength('Content-Length: 12 bytes'), undefined);
    assert.equal(contentLength('Content-Length: 99999999999999999999'), undefined);
  });
});
