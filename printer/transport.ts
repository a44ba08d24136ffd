/**
 * The one door between the product and a ticket printer (house style C3.12).
 * Real implementations live in transports/; the virtual printer speaks the same TCP protocol.
 */
import type { PrinterStatus } from './status.ts';

export interface PrinterTransport {
  /** Sends one complete job. Resolves once the printer has taken the bytes; rejects with a
   * readable Error (timeout, refused, reset). */
  write(bytes: Buffer): Promise<void>;
  /** Never rejects: a printer that cannot be asked reports state 'unknown'. */
  status(): Promise<PrinterStatus>;
  close?(): Promise<void>;
}
