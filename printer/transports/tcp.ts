/**
 * PrinterTransport for network printers on raw port 9100 (Epson TM LAN models, the virtual printer).
 *
 * Why a fresh connection per job and per status probe: port 9100 treats one connection as one
 * job, and a printer that was switched off in between must not leave a dead socket behind.
 */
import net from 'node:net';
import { probeStatus, unknownStatus, type PrinterStatus } from '../status.ts';
import type { PrinterTransport } from '../transport.ts';

export interface TcpTransportOptions {
  host: string;
  port: number;
  /** Limit for connecting plus sending one job, and for connecting before a status probe. */
  timeoutMs?: number;
  /** Wait for each status byte. */
  statusTimeoutMs?: number;
}

export function createTcpTransport({
  host,
  port,
  timeoutMs = 5000,
  statusTimeoutMs = 500,
}: TcpTransportOptions): PrinterTransport {
  const where = `${host}:${port}`;
  return {
    write: (bytes) => sendJob(where, { host, port }, bytes, timeoutMs),
    async status(): Promise<PrinterStatus> {
      let socket: net.Socket;
      try {
        socket = await connect(where, { host, port }, timeoutMs);
      } catch (error) {
        return unknownStatus((error as Error).message);
      }
      try {
        return await probeStatus(socket, { timeoutMs: statusTimeoutMs });
      } finally {
        socket.destroy();
      }
    },
  };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

function connect(
  where: string,
  address: { host: string; port: number },
  timeoutMs: number,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(address);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`printer ${where}: no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      // Keep a listener so a late reset cannot crash the process; users see it as 'end'/'close'.
      socket.on('error', () => undefined);
      resolve(socket);
    });
    const onError = (error: Error): void => {
      clearTimeout(timer);
      reject(new Error(`printer ${where} unreachable: ${describe(error)}`, { cause: error }));
    };
    socket.once('error', onError);
  });
}

/**
 * Connects, writes, half-closes and waits for the printer to close its side: that is the only
 * sign on raw TCP that the peer has read everything. A printer that never closes gets the
 * benefit of the doubt once all bytes were flushed ('finish'): the timeout then resolves.
 */
function sendJob(
  where: string,
  address: { host: string; port: number },
  bytes: Buffer,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(address);
    let connected = false;
    let flushed = false;
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error === undefined) resolve();
      else reject(error);
    };
    const timer = setTimeout(() => {
      if (flushed) settle();
      else
        settle(new Error(`printer ${where}: job of ${bytes.length} bytes not sent within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      connected = true;
      socket.end(bytes);
    });
    socket.once('finish', () => {
      flushed = true;
    });
    // Printers send nothing on a job connection we need; reading keeps 'end'/'close' flowing.
    socket.resume();
    socket.once('error', (error) => {
      const phase = connected ? 'connection failed while sending' : 'unreachable';
      settle(new Error(`printer ${where} ${phase}: ${describe(error)}`, { cause: error }));
    });
    socket.once('close', (hadError) => {
      if (hadError) return; // 'error' already settled with the cause
      if (flushed) settle();
      else settle(new Error(`printer ${where} closed the connection before the job was sent`));
    });
  });
}
