/**
 * Owns: the printers the server process reaches itself (network printers and the virtual one),
 * used by embedded kiosk agents and as the fallback before an embedded agent has connected.
 * Does not: block the ticket — the number is durable before printing starts, and any failure
 * becomes a PrintOutcome that the kiosk shows next to the number.
 */
import type { PrintOutcome } from '#protocol/events.ts';
import {
  createTcpTransport,
  createUsbLpTransport,
  printTicket,
  type PrinterTransport,
  type TicketPrintJob,
} from '#printer';
import type { PrinterConfig } from '../config/schema.ts';

export interface TicketPrinting {
  print(deviceId: string, job: TicketPrintJob): Promise<PrintOutcome>;
}

/** Makes (and reuses) the transport for a printer configuration; none for `none`. */
export function createTransports(virtualPort: () => number | undefined) {
  const transports = new Map<string, PrinterTransport>();
  return (config: PrinterConfig): PrinterTransport | undefined => {
    if (config.kind === 'none') return undefined;
    if (config.kind === 'usb-lp') {
      let usb = transports.get(config.path);
      if (!usb) transports.set(config.path, (usb = createUsbLpTransport({ path: config.path })));
      return usb;
    }
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
}

/** Prints from the server process itself, on the kiosk's own printer or the server-wide one. */
export function createTicketPrinting(
  printerFor: (deviceId: string) => PrinterConfig,
  transportFor: (config: PrinterConfig) => PrinterTransport | undefined,
): TicketPrinting {
  return {
    async print(deviceId, job) {
      const transport = transportFor(printerFor(deviceId));
      if (!transport) return { status: 'skipped', reason: 'no printer configured' };
      const result = await printTicket(transport, job);
      return result.ok ? { status: 'printed' } : { status: 'failed', reason: result.reason };
    },
  };
}
