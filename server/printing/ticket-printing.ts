/**
 * Owns: getting a drawn ticket onto paper at the kiosk that drew it.
 * In the single-box default this is the kiosk agent's printing code running inside the server:
 * the same printer module, sending real ESC/POS bytes over TCP to the (virtual) printer.
 * Does not: block the ticket — the number is durable before printing starts, and any failure
 * becomes a PrintOutcome that the kiosk shows next to the number.
 */
import type { PrintOutcome } from '#protocol/events.ts';
import { createTcpTransport, printTicket, type PrinterTransport, type TicketPrintJob } from '#printer';
import type { PrinterConfig } from '../config/schema.ts';

export interface TicketPrinting {
  print(deviceId: string, job: TicketPrintJob): Promise<PrintOutcome>;
}

/** Resolves a kiosk's printer: its own configuration, else the server-wide one. */
export function createTicketPrinting(
  printerFor: (deviceId: string) => PrinterConfig,
  virtualPort: () => number | undefined,
): TicketPrinting {
  const transports = new Map<string, PrinterTransport>();
  const transportFor = (config: PrinterConfig): PrinterTransport | undefined => {
    if (config.kind === 'none') return undefined;
    const host = config.kind === 'tcp' ? config.host : '127.0.0.1';
    const port = config.kind === 'tcp' ? config.port : virtualPort();
    if (port === undefined) return undefined;
    const key = `${host}:${port}`;
    let transport = transports.get(key);
    if (!transport) {
      transport = createTcpTransport({
        host,
        port,
        timeoutMs: config.kind === 'tcp' ? config.timeoutMs : 4000,
      });
      transports.set(key, transport);
    }
    return transport;
  };
  return {
    async print(deviceId, job) {
      const transport = transportFor(printerFor(deviceId));
      if (!transport) return { status: 'skipped', reason: 'no printer configured' };
      const result = await printTicket(transport, job);
      return result.ok ? { status: 'printed' } : { status: 'failed', reason: result.reason };
    },
  };
}
