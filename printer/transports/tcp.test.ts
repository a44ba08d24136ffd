import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTcpTransport } from './tcp.ts';

const servers: net.Server[] = [];
const peers: net.Socket[] = [];
afterEach(async () => {
  // server.close() waits for open connections, and these fake printers never close theirs.
  for (const socket of peers.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(
  onConnection: (socket: net.Socket) => void,
  options: net.ServerOpts = {},
): Promise<number> {
  const server = net.createServer(options, (socket) => {
    peers.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port nobody listens on: bind one, then close it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('createTcpTransport', () => {
  it('rejects with a readable error when the printer refuses the connection', async () => {
    const port = await closedPort();
    const transport = createTcpTransport({ host: '127.0.0.1', port, timeoutMs: 1000 });
    await expect(transport.write(Buffer.from('x'))).rejects.toThrow(
      `printer 127.0.0.1:${port} unreachable: ECONNREFUSED`,
    );
  });

  it('reports status unknown, without throwing, when the printer is unreachable', async () => {
    const port = await closedPort();
    const status = await createTcpTransport({ host: '127.0.0.1', port }).status();
    expect(status).toMatchObject({
      state: 'unknown',
      reason: `printer 127.0.0.1:${port} unreachable: ECONNREFUSED`,
    });
  });

  it('rejects on timeout when the printer does not take the data', async () => {
    // The peer never reads: once the kernel buffers are full the job cannot be flushed.
    const port = await listen((socket) => socket.pause());
    const transport = createTcpTransport({ host: '127.0.0.1', port, timeoutMs: 300 });
    await expect(transport.write(Buffer.alloc(64 * 1024 * 1024))).rejects.toThrow(/not sent within 300 ms/);
  });

  it('resolves when all bytes were flushed even if the printer keeps the connection open', async () => {
    const received: Buffer[] = [];
    let gotAll!: () => void;
    const allArrived = new Promise<void>((resolve) => (gotAll = resolve));
    // allowHalfOpen keeps our side open after the sender's FIN, like a printer that never closes.
    const port = await listen(
      (socket) => {
        socket.on('data', (chunk: Buffer) => received.push(chunk));
        socket.on('end', gotAll);
      },
      { allowHalfOpen: true },
    );

    await createTcpTransport({ host: '127.0.0.1', port, timeoutMs: 200 }).write(Buffer.from('hello'));
    await allArrived;
    expect(Buffer.concat(received).toString()).toBe('hello');
  });
});
