/**
 * How long each ESC/POS command is, so a reader can find command boundaries.
 *
 * Why a table of lengths and nothing else: the tokenizer (used by the decoder AND by the virtual
 * printer's status responder) must never mistake parameter or image bytes for commands. Meaning
 * is applied later by decode.ts. A command missing here is reported as unknown, never guessed.
 * Sources: Epson ESC/POS reference (TM-T88/T20 series) and what escpos@3.0.0-alpha.6 emits.
 */

/** Total byte length of the command starting at `at`, 'more' if the header is not complete yet,
 * 'invalid' if the bytes do not form this command (e.g. an undefined sub-function). */
export type LengthResult = number | 'more' | 'invalid';

export interface CommandSpec {
  /** Stable name the decoder switches on, e.g. 'GS !' or 'GS ( k'. */
  readonly name: string;
  readonly length: (bytes: Uint8Array, at: number) => LengthResult;
}

export const LF = 0x0a;
export const HT = 0x09;
export const CR = 0x0d;
export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;

/** Prefix byte + command byte + `params` fixed parameter bytes. */
function fixed(params: number): (bytes: Uint8Array, at: number) => LengthResult {
  return () => 2 + params;
}

/** Reads byte `at + offset`, or undefined when it has not arrived yet. */
function byteAt(bytes: Uint8Array, at: number, offset: number): number | undefined {
  return at + offset < bytes.length ? bytes[at + offset] : undefined;
}

/** `X c pL pH …`: two-byte little-endian length after the command byte (GS ( x, FS ( x). */
function withLength16(headerBytes: number): (bytes: Uint8Array, at: number) => LengthResult {
  return (bytes, at) => {
    const pL = byteAt(bytes, at, headerBytes);
    const pH = byteAt(bytes, at, headerBytes + 1);
    if (pL === undefined || pH === undefined) return 'more';
    return headerBytes + 2 + pL + pH * 256;
  };
}

/** Data terminated by NUL, at most `max` bytes before the NUL (ESC D tab stops, GS k A-form). */
function nulTerminated(headerBytes: number, max: number): (bytes: Uint8Array, at: number) => LengthResult {
  return (bytes, at) => {
    for (let i = 0; i <= max; i++) {
      const b = byteAt(bytes, at, headerBytes + i);
      if (b === undefined) return 'more';
      if (b === 0) return headerBytes + i + 1;
    }
    return 'invalid';
  };
}

const escCommands: Record<number, CommandSpec> = {
  0x40: { name: 'ESC @', length: fixed(0) }, // initialise
  0x21: { name: 'ESC !', length: fixed(1) }, // print mode (bold, double width/height)
  0x45: { name: 'ESC E', length: fixed(1) }, // emphasised (bold)
  0x47: { name: 'ESC G', length: fixed(1) }, // double-strike
  0x2d: { name: 'ESC -', length: fixed(1) }, // underline
  0x4d: { name: 'ESC M', length: fixed(1) }, // font
  0x61: { name: 'ESC a', length: fixed(1) }, // justification
  0x74: { name: 'ESC t', length: fixed(1) }, // character code table
  0x52: { name: 'ESC R', length: fixed(1) }, // international character set
  0x20: { name: 'ESC SP', length: fixed(1) }, // right-side character spacing
  0x32: { name: 'ESC 2', length: fixed(0) }, // default line spacing
  0x33: { name: 'ESC 3', length: fixed(1) }, // line spacing
  0x64: { name: 'ESC d', length: fixed(1) }, // print and feed n lines
  0x4a: { name: 'ESC J', length: fixed(1) }, // print and feed n dots
  0x56: { name: 'ESC V', length: fixed(1) }, // 90° rotation
  0x7b: { name: 'ESC {', length: fixed(1) }, // upside-down
  0x55: { name: 'ESC U', length: fixed(1) }, // unidirectional
  0x3d: { name: 'ESC =', length: fixed(1) }, // select peripheral
  0x72: { name: 'ESC r', length: fixed(1) }, // colour
  0x24: { name: 'ESC $', length: fixed(2) }, // absolute position
  0x5c: { name: 'ESC \\', length: fixed(2) }, // relative position
  0x70: { name: 'ESC p', length: fixed(3) }, // drawer kick (escpos cashdraw())
  0x69: { name: 'ESC i', length: fixed(0) }, // partial cut (legacy)
  0x6d: { name: 'ESC m', length: fixed(0) }, // partial cut (legacy)
  // Not Epson: escpos' style() emits ESC 4 / ESC 5 (italic on/off on Star-like printers), and
  // beep() emits ESC B n t. Listed so escpos output decodes; Epson itself defines none of them.
  0x34: { name: 'ESC 4', length: fixed(0) },
  0x35: { name: 'ESC 5', length: fixed(0) },
  0x42: { name: 'ESC B', length: fixed(2) },
  0x44: { name: 'ESC D', length: nulTerminated(2, 32) }, // horizontal tab positions
  0x63: {
    // ESC c 3 n / ESC c 4 n / ESC c 5 n: paper sensors and panel buttons
    name: 'ESC c',
    length: (bytes, at) => {
      const sub = byteAt(bytes, at, 2);
      if (sub === undefined) return 'more';
      return sub >= 0x33 && sub <= 0x35 ? 4 : 'invalid';
    },
  },
  0x2a: {
    // ESC * m nL nH d1…dk: column bit image, k = n (8-dot modes) or 3n (24-dot modes)
    name: 'ESC *',
    length: (bytes, at) => {
      const m = byteAt(bytes, at, 2);
      const nL = byteAt(bytes, at, 3);
      const nH = byteAt(bytes, at, 4);
      if (m === undefined || nL === undefined || nH === undefined) return 'more';
      const columns = nL + nH * 256;
      if (m === 0 || m === 1) return 5 + columns;
      if (m === 32 || m === 33) return 5 + 3 * columns;
      return 'invalid';
    },
  },
};

const gsCommands: Record<number, CommandSpec> = {
  0x21: { name: 'GS !', length: fixed(1) }, // character size
  0x42: { name: 'GS B', length: fixed(1) }, // reverse print
  0x48: { name: 'GS H', length: fixed(1) }, // HRI position
  0x66: { name: 'GS f', length: fixed(1) }, // HRI font
  0x68: { name: 'GS h', length: fixed(1) }, // barcode height
  0x77: { name: 'GS w', length: fixed(1) }, // barcode module width
  0x61: { name: 'GS a', length: fixed(1) }, // automatic status back
  0x72: { name: 'GS r', length: fixed(1) }, // transmit status
  0x49: { name: 'GS I', length: fixed(1) }, // transmit printer ID
  0x62: { name: 'GS b', length: fixed(1) }, // smoothing
  0x2f: { name: 'GS /', length: fixed(1) }, // print downloaded bit image
  0x4c: { name: 'GS L', length: fixed(2) }, // left margin
  0x57: { name: 'GS W', length: fixed(2) }, // print area width
  0x50: { name: 'GS P', length: fixed(2) }, // motion units
  0x28: { name: 'GS (', length: withLength16(3) }, // GS ( fn pL pH … (QR is GS ( k)
  0x56: {
    // GS V m [n]: cut; function B/C/D (m = 65, 66, 97, 98, 103, 104) carry a feed amount n
    name: 'GS V',
    length: (bytes, at) => {
      const m = byteAt(bytes, at, 2);
      if (m === undefined) return 'more';
      if ([0, 1, 48, 49].includes(m)) return 3;
      if ([65, 66, 97, 98, 103, 104].includes(m)) return 4;
      return 'invalid';
    },
  },
  0x6b: {
    // GS k m …: barcode; m 0–6 is NUL-terminated data, m 65–79 has a length byte
    name: 'GS k',
    length: (bytes, at) => {
      const m = byteAt(bytes, at, 2);
      if (m === undefined) return 'more';
      if (m <= 6) return nulTerminated(3, 255)(bytes, at);
      if (m >= 65 && m <= 79) {
        const n = byteAt(bytes, at, 3);
        return n === undefined ? 'more' : 4 + n;
      }
      return 'invalid';
    },
  },
  0x76: {
    // GS v 0 m xL xH yL yH d…: raster image, (xL + xH·256) bytes × (yL + yH·256) rows
    name: 'GS v 0',
    length: (bytes, at) => {
      const header = [2, 3, 4, 5, 6, 7].map((i) => byteAt(bytes, at, i));
      if (header.some((b) => b === undefined)) return 'more';
      const [zero, , xL, xH, yL, yH] = header as number[];
      if (zero !== 0x30) return 'invalid';
      return 8 + (xL! + xH! * 256) * (yL! + yH! * 256);
    },
  },
  0x2a: {
    // GS * x y d…: define downloaded bit image, x·y·8 bytes
    name: 'GS *',
    length: (bytes, at) => {
      const x = byteAt(bytes, at, 2);
      const y = byteAt(bytes, at, 3);
      if (x === undefined || y === undefined) return 'more';
      return 4 + x * y * 8;
    },
  },
  0x38: {
    // GS 8 L p1 p2 p3 p4 …: graphics with a four-byte length
    name: 'GS 8 L',
    length: (bytes, at) => {
      const header = [2, 3, 4, 5, 6].map((i) => byteAt(bytes, at, i));
      if (header.some((b) => b === undefined)) return 'more';
      const [l, p1, p2, p3, p4] = header as number[];
      if (l !== 0x4c) return 'invalid';
      return 7 + p1! + p2! * 0x100 + p3! * 0x10000 + p4! * 0x1000000;
    },
  },
};

const fsCommands: Record<number, CommandSpec> = {
  0x2e: { name: 'FS .', length: fixed(0) }, // cancel Kanji mode
  0x26: { name: 'FS &', length: fixed(0) }, // Kanji mode
  0x43: { name: 'FS C', length: fixed(1) }, // Kanji code system
  0x70: { name: 'FS p', length: fixed(2) }, // print NV bit image
  0x28: { name: 'FS (', length: withLength16(3) },
};

const dleCommands: Record<number, CommandSpec> = {
  // Real-time commands: a printer answers these at once, even mid-job.
  0x04: { name: 'DLE EOT', length: fixed(1) }, // transmit real-time status
  0x05: { name: 'DLE ENQ', length: fixed(1) }, // real-time request
  0x14: {
    // DLE DC4 fn …: fn 1 = pulse (m t), fn 2 = power-off (a b), fn 8 = clear buffer (7 bytes)
    name: 'DLE DC4',
    length: (bytes, at) => {
      const fn = byteAt(bytes, at, 2);
      if (fn === undefined) return 'more';
      if (fn === 1 || fn === 2) return 5;
      if (fn === 8) return 10;
      return 'invalid';
    },
  },
};

/** Second-byte tables per prefix byte. */
export const commandTables: ReadonlyMap<number, Readonly<Record<number, CommandSpec>>> = new Map([
  [ESC, escCommands],
  [GS, gsCommands],
  [FS, fsCommands],
  [DLE, dleCommands],
]);

/** Single-byte controls with a meaning; every other byte below 0x20 is unknown. */
export const singleByteControls: ReadonlyMap<number, string> = new Map([
  [LF, 'LF'],
  [HT, 'HT'],
  [CR, 'CR'],
]);

/** Short human name of a byte for messages: 0x1d → "GS", 0x61 → "a", 0x04 → "0x04". */
export function byteName(b: number): string {
  const names: Record<number, string> = { [ESC]: 'ESC', [GS]: 'GS', [FS]: 'FS', [DLE]: 'DLE' };
  if (names[b] !== undefined) return names[b];
  if (b > 0x20 && b < 0x7f) return String.fromCharCode(b);
  return `0x${b.toString(16).padStart(2, '0')}`;
}
