/**
 * PrinterTransport for USB printers through the kernel's usblp driver (`/dev/usb/lp0`).
 *
 * Why no status probe: reading the answer to DLE EOT from usblp blocks a libuv thread until the
 * printer sends a byte, and many USB models never do, so a probe could hang the agent's thread
 * pool. The status is therefore reported as `unknown` (which is not ok, and is shown as such);
 * prefer network printers where paper-out must be known before printing.
 */
import { open } from 'node:fs/promises';
import { unknownStatus, type PrinterStatus } from '../status.ts';
import type { PrinterTransport } from '../transport.ts';

export interface UsbLpTransportOptions {
  /** e.g. /dev/usb/lp0; the agent's user needs to be in the `lp` group */
  path: string;
  /** limit for one job */
  timeoutMs?: number;
}

export function createUsbLpTransport({ path, timeoutMs = 5000 }: UsbLpTransportOptions): PrinterTransport {
  return {
    async write(bytes: Buffer): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${path}: no progress within ${timeoutMs} ms`)), timeoutMs);
      });
      const job = (async () => {
        const file = await open(path, 'a');
        try {
          await file.write(bytes);
        } finally {
          await file.close();
        }
      })();
      try {
        await Promise.race([job, timeout]);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENODEV') throw new Error(`${path}: printer not connected`);
        if (code === 'EACCES') throw new Error(`${path}: no permission (add the agent's user to group lp)`);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    async status(): Promise<PrinterStatus> {
      return unknownStatus('USB printers (usblp) are not asked for their status');
    },
  };
}
