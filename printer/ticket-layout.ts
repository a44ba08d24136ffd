/**
 * Turns a ticket into ESC/POS bytes. PURE: no I/O, no clock (the job carries `issuedAt`).
 *
 * Why escpos with an in-memory adapter: escpos is only a byte builder here; sending, timeouts and
 * status live in transports/, so the unmaintained library never touches a socket.
 */
import Printer from 'escpos';
import { normaliseForCp858 } from './normalise-text.ts';
import { qrRasterCommand } from './qr-raster.ts';
import { ticketText, type TicketLanguage } from './ticket-text.ts';

export interface TicketPrintJob {
  officeName: string;
  departmentName: string;
  serviceName: string;
  /** As shown on the display, e.g. "A-001" or "A-1000". */
  number: string;
  /** Epoch ms. */
  issuedAt: number;
  /** IANA zone the printed time is shown in, e.g. "Europe/Berlin". */
  timeZone: string;
  language: TicketLanguage;
  peopleAhead?: number;
  /** Estimated wait as a range in minutes; absent when no estimate can be given. */
  waitEstimate?: { lowMinutes: number; highMinutes: number };
  /** Printed as a QR code so the citizen can follow the queue on a phone. */
  statusUrl?: string;
}

/** Font A columns on a 72 mm print area (512 dots / 12); an 80 mm head (576 dots) fits 48, so
 * 42 is safe on both and keeps long names from being broken mid-word by the printer. */
export const TICKET_COLUMNS = 42;
const CODE_TABLE_PC858 = 19;
/** 0.75 mm modules at 203 dpi: a typical status URL (version 4, 33 modules) is ≈ 25 mm wide. */
const QR_MODULE_DOTS = 6;
const BOLD_ON = Buffer.from([0x1b, 0x45, 0x01]);
const BOLD_OFF = Buffer.from([0x1b, 0x45, 0x00]);

/**
 * Renders the ticket. Throws RangeError on an invalid job (unknown time zone, negative
 * peopleAhead, oversized statusUrl); printTicket turns that into a failed result.
 */
export function renderTicket(job: TicketPrintJob): Buffer {
  if (!Number.isFinite(job.issuedAt)) throw new RangeError(`issuedAt is not a time: ${job.issuedAt}`);
  if (job.peopleAhead !== undefined && !(Number.isInteger(job.peopleAhead) && job.peopleAhead >= 0)) {
    throw new RangeError(`peopleAhead must be a whole number ≥ 0, got ${job.peopleAhead}`);
  }
  const text = ticketText[job.language];
  const chunks: Buffer[] = [];
  const printer = new Printer(
    {
      write: (data, done) => {
        chunks.push(Buffer.from(data));
        done?.(null);
      },
      close: (done) => done?.(null),
    },
    { encoding: 'cp858' },
  );
  const lines = (value: string, columns = TICKET_COLUMNS): void => {
    for (const line of wrapText(normaliseForCp858(value), columns)) printer.text(line);
  };

  printer.hardware('INIT').setCharacterCodeTable(CODE_TABLE_PC858).align('CT');
  lines(job.officeName);
  lines(job.departmentName);
  printer.text('-'.repeat(TICKET_COLUMNS));
  lines(job.serviceName);
  printer.feed(1);
  lines(text.yourNumber);
  // Bold via ESC E, not escpos' style('B'): style() also sends ESC 5, which Epson does not define.
  printer.raw(BOLD_ON).size(1, 1);
  lines(job.number, TICKET_COLUMNS / 2);
  printer.size(0, 0).raw(BOLD_OFF);
  printer.feed(1);
  printer.text(formatIssuedAt(job.issuedAt, job.timeZone));
  if (job.peopleAhead !== undefined) lines(text.peopleAhead(job.peopleAhead));
  if (job.waitEstimate) lines(text.waitRange(job.waitEstimate.lowMinutes, job.waitEstimate.highMinutes));
  lines(text.notice);
  if (job.statusUrl !== undefined && job.statusUrl !== '') {
    // A raster image, not Epson's GS ( k: "compatible" printers ignore GS ( k, all print GS v 0.
    printer.feed(1).align('CT');
    printer.raw(qrRasterCommand(job.statusUrl, { moduleSize: QR_MODULE_DOTS, errorLevel: 'M' }));
  }
  printer.cut();
  printer.flush();
  // escpos builds synchronously and our adapter collects synchronously; an empty result would
  // mean a changed escpos, and an empty ticket must never reach a printer.
  if (chunks.length === 0) throw new Error('escpos produced no bytes (did its flush become asynchronous?)');
  return Buffer.concat(chunks);
}

/** "dd.MM.yyyy HH:mm" in the given zone, independent of the host's locale settings. */
export function formatIssuedAt(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Word-wraps to `columns`; words longer than a line are split. Blank text yields no lines. */
export function wrapText(value: string, columns: number): string[] {
  const words = value
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const result: string[] = [];
  let current = '';
  for (let word of words) {
    while (word.length > columns) {
      if (current !== '') result.push(current);
      result.push(word.slice(0, columns));
      word = word.slice(columns);
      current = '';
    }
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= columns) current += ` ${word}`;
    else {
      result.push(current);
      current = word;
    }
  }
  if (current !== '') result.push(current);
  return result;
}
