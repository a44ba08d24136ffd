/**
 * Decodes HID-POS bar code scanner input reports (usage page 0x8C), the mode a scanner switches
 * to after its "USB HID-POS" configuration code. Unlike a keyboard wedge it delivers the whole
 * code at once, so neither a host layout nor per-key timing can garble it.
 *
 * Assumed layout, the "common" one of the HID-POS scanned-data report as scanners of several
 * makers send it (64 bytes on the wire):
 *
 *   byte 0       report id (0x02 by default)
 *   byte 1       number of data bytes in this report (not counting the symbology bytes)
 *   bytes 2–4    symbology identifier, usually AIM (`]Q1` QR code, `]C0` Code 128, `]E0` EAN-13),
 *                NUL-padded when the scanner sends a shorter one
 *   bytes 5–60   the data, NUL-padded after `length` bytes (at most 56 bytes)
 *   bytes 61–62  a vendor's own symbology byte and a reserved byte: ignored
 *   byte 63      bit 0 set: the code continues in the next report
 *
 * Assumptions we make beyond the layout, each tested in hid-pos.test.ts:
 * - A report whose first byte is not the report id is not scanned data (scanners also send
 *   status reports) and is skipped, as is one whose length byte points past its end.
 * - The data is UTF-8 (ASCII for our booking codes); invalid bytes become U+FFFD.
 * - A trailing CR/LF suffix that a scanner may be configured to add is not part of the code.
 * - Our codes fit one report (hardware.md: "whole code in one report"). The continuation bit is
 *   still honoured, only in 64-byte reports, so a longer code is joined instead of split in two.
 */

export interface HidPosOptions {
  /** Report id of the scanned-data report. Default 0x02. */
  reportId?: number;
}

export interface HidPosReport {
  /** The data bytes of this report. */
  data: Uint8Array;
  /** Symbology identifier without NUL padding, e.g. `]Q1`; empty when the scanner sends none. */
  symbology: string;
  /** The code continues in the next report. */
  more: boolean;
}

const HEADER_BYTES = 5;
const FULL_REPORT_BYTES = 64;

/** Splits one report into its fields; undefined when it is not a scanned-data report. */
export function decodeHidPosReport(
  report: Uint8Array,
  { reportId = 0x02 }: HidPosOptions = {},
): HidPosReport | undefined {
  if (report.length < HEADER_BYTES || report[0] !== reportId) return undefined;
  const length = report[1] ?? 0;
  if (HEADER_BYTES + length > report.length) return undefined;
  const symbology = Buffer.from(report.subarray(2, HEADER_BYTES)).toString('latin1').replace(/\0+$/, '');
  const more = report.length === FULL_REPORT_BYTES && ((report[FULL_REPORT_BYTES - 1] ?? 0) & 0x01) === 1;
  return { data: report.slice(HEADER_BYTES, HEADER_BYTES + length), symbology, more };
}

export interface ScannedCode {
  value: string;
  symbology: string;
}

export interface HidPosDecoder {
  /** Feeds one input report; returns the code it completed, if any. */
  push(report: Uint8Array): ScannedCode | undefined;
  /** Drops a code whose continuation never came. */
  reset(): void;
  /** Whether part of a code is waiting for its continuation. */
  hasPending(): boolean;
}

export function createHidPosDecoder(options: HidPosOptions = {}): HidPosDecoder {
  let parts: Uint8Array[] = [];
  const utf8 = new TextDecoder('utf-8');

  return {
    push(raw) {
      const report = decodeHidPosReport(raw, options);
      if (!report) return undefined;
      parts.push(report.data);
      if (report.more) return undefined;
      const value = utf8.decode(Buffer.concat(parts)).replace(/[\r\n]+$/, '');
      parts = [];
      if (value === '') return undefined;
      return { value, symbology: report.symbology };
    },
    reset() {
      parts = [];
    },
    hasPending: () => parts.length > 0,
  };
}
