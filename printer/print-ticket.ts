/**
 * Prints one ticket: ask the printer first, refuse when the ticket would not come out, then send.
 *
 * Why it never throws: the kiosk shows the number on screen in any case; it only needs to know
 * whether to add a "please note your number" hint, and the supervisor needs the reason.
 */
import type { PrinterStatus } from './status.ts';
import { renderTicket, type TicketPrintJob } from './ticket-layout.ts';
import type { PrinterTransport } from './transport.ts';

export type PrintResult =
  /** `status` is reported even on success: 'unknown' or 'warning' (paper near end) need a look. */
  { ok: true; status: PrinterStatus } | { ok: false; reason: string; status?: PrinterStatus };

export async function printTicket(transport: PrinterTransport, job: TicketPrintJob): Promise<PrintResult> {
  let status: PrinterStatus | undefined;
  try {
    status = await transport.status();
    // 'error' covers paper end, cover open and cutter error. 'unknown' prints anyway: many
    // printers never answer status requests, and refusing would make them useless.
    if (status.state === 'error') {
      return { ok: false, reason: `printer not ready: ${status.reason ?? 'error'}`, status };
    }
    await transport.write(renderTicket(job));
    return { ok: true, status };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return status === undefined ? { ok: false, reason } : { ok: false, reason, status };
  }
}
