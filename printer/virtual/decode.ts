/**
 * Decodes ESC/POS bytes back into what a printer would put on paper: lines with their style,
 * QR payloads and cuts. PURE: bytes in, data out.
 *
 * Why: tests and the admin preview must read the ticket from the very bytes that print, not from
 * the layout's intentions. Anything this decoder cannot represent faithfully is listed in
 * `unknown`, so a test that checks `unknown` is empty notices new, undecoded commands.
 */
import iconv from 'iconv-lite';
import { readQrFromRaster } from './raster-qr.ts';
import { tokenize, type Token } from './tokenizer.ts';

export type Align = 'left' | 'center' | 'right';

export interface PrintedLine {
  text: string;
  align: Align;
  /** Character width multiplier, 1 = normal. */
  width: number;
  /** Character height multiplier, 1 = normal. */
  height: number;
  bold: boolean;
}

/** Everything that takes space on the paper, in print order (what the preview draws). */
export type PrintedBlock =
  | { kind: 'line'; line: PrintedLine }
  | { kind: 'qr'; payload: string }
  | {
      kind: 'image';
      /** Justification in force (ESC a applies to raster images too). */
      align: Align;
      /** Printed size in dots, after GS v 0's double width/height. */
      widthDots: number;
      heightDots: number;
      raster: RasterImage;
      /** Payload when the image is a readable QR code. */
      qrPayload?: string;
    }
  | { kind: 'cut'; partial: boolean };

/** A `GS v 0` image as sent; the preview draws it dot for dot. */
export interface RasterImage {
  bytesPerRow: number;
  rows: number;
  /** bytesPerRow × rows bytes, most significant bit = leftmost dot, 1 = black. */
  data: Uint8Array;
  /** Each bit prints as scaleX × scaleY dots (GS v 0 m: 1 = double width, 2 = double height). */
  scaleX: 1 | 2;
  scaleY: 1 | 2;
}

export interface DecodedJob {
  /** One entry per printed line (LF, ESC d, or a flush before a cut/QR/image). */
  lines: PrintedLine[];
  /** Payloads of printed QR codes: `GS ( k` symbols and QR codes found in raster images. */
  qrCodes: string[];
  cuts: number;
  /** Human-readable descriptions of sequences the decoder did not interpret. */
  unknown: string[];
  blocks: PrintedBlock[];
}

/** ESC t table number → iconv-lite encoding (Epson numbering). */
const CODE_PAGES: Readonly<Record<number, string>> = {
  0: 'cp437',
  2: 'cp850',
  16: 'windows1252',
  19: 'cp858',
};

interface Style {
  align: Align;
  width: number;
  height: number;
  bold: boolean;
}

interface State extends Style {
  codeTable: number;
}

function initialState(): State {
  return { align: 'left', width: 1, height: 1, bold: false, codeTable: 0 };
}

/** Commands whose effect (spacing, fonts, barcode setup, drawers, real-time requests) does not
 * change the decoded text or layout; they are understood, so not "unknown". */
// prettier-ignore
const NO_VISIBLE_EFFECT = new Set([
  'CR',
  'ESC G', 'ESC -', 'ESC M', 'ESC SP', 'ESC 2', 'ESC 3', 'ESC U', 'ESC =', 'ESC r', 'ESC $', 'ESC \\',
  'ESC D', 'ESC c', 'ESC p', 'ESC B', 'ESC 4', 'ESC 5', 'ESC V', 'ESC {',
  'GS B', 'GS H', 'GS f', 'GS h', 'GS w', 'GS a', 'GS r', 'GS I', 'GS b', 'GS L', 'GS W', 'GS P', 'GS *',
  'FS .', 'FS &', 'FS C',
  'DLE EOT', 'DLE ENQ', 'DLE DC4',
]);

const QR = 0x31;
const QR_STORE = 0x50;
const QR_PRINT = 0x51;
const RASTER_MODES: readonly number[] = [0, 1, 2, 3, 48, 49, 50, 51];

function alignFrom(n: number): Align | undefined {
  if (n === 0 || n === 48) return 'left';
  if (n === 1 || n === 49) return 'center';
  if (n === 2 || n === 50) return 'right';
  return undefined;
}

/** Decodes a complete job. */
export function decodeEscPos(bytes: Uint8Array): DecodedJob {
  return decodeTokens(tokenize(bytes));
}

/** Folds tokens (see tokenizer.ts) into printed blocks. */
export function decodeTokens(tokens: readonly Token[]): DecodedJob {
  let state = initialState();
  const blocks: PrintedBlock[] = [];
  const unknown: string[] = [];
  let lineText = '';
  // Style of the line's first character: Epson applies justification at line start, and a line
  // record can hold only one size, so the first character decides.
  let lineStyle: Style | undefined;
  let storedQr: Buffer | undefined;

  const currentStyle = (): Style => ({
    align: state.align,
    width: state.width,
    height: state.height,
    bold: state.bold,
  });
  const printLine = (): void => {
    blocks.push({ kind: 'line', line: { text: lineText, ...(lineStyle ?? currentStyle()) } });
    lineText = '';
    lineStyle = undefined;
  };
  const flushPendingText = (): void => {
    if (lineStyle !== undefined) printLine();
  };
  const addText = (text: string): void => {
    lineStyle ??= currentStyle();
    lineText += text;
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      addText(decodeText(token.bytes, state.codeTable));
      continue;
    }
    if (token.kind === 'unknown') {
      unknown.push(token.description);
      continue;
    }
    const { name, raw } = token;
    const p = raw[2] ?? 0; // first parameter of two-byte commands
    switch (name) {
      case 'LF':
        printLine();
        break;
      case 'HT':
        // Default tab stops are every 8 columns.
        addText(' '.repeat(8 - (lineText.length % 8)));
        break;
      case 'ESC @':
        // Initialise clears the print buffer: unprinted text is lost, as on the printer.
        state = initialState();
        lineText = '';
        lineStyle = undefined;
        break;
      case 'ESC !':
        state.bold = (p & 0x08) !== 0;
        state.height = p & 0x10 ? 2 : 1;
        state.width = p & 0x20 ? 2 : 1;
        break;
      case 'ESC E':
        state.bold = (p & 0x01) !== 0;
        break;
      case 'GS !':
        state.width = ((p >> 4) & 0x07) + 1;
        state.height = (p & 0x07) + 1;
        break;
      case 'ESC a': {
        const align = alignFrom(p);
        if (align === undefined) unknown.push(`ESC a ${p}: undefined justification`);
        else state.align = align;
        break;
      }
      case 'ESC t':
        state.codeTable = p;
        if (CODE_PAGES[p] === undefined) unknown.push(`ESC t ${p}: code table not supported by the decoder`);
        break;
      case 'ESC R':
        // Non-zero international sets replace ASCII characters such as [ \ ] { } — not modelled.
        if (p !== 0) unknown.push(`ESC R ${p}: international character set not applied`);
        break;
      case 'ESC d':
        if (p === 0) flushPendingText();
        else {
          printLine();
          for (let i = 1; i < p; i++) printLine();
        }
        break;
      case 'ESC J':
        flushPendingText();
        break;
      case 'GS V':
      case 'ESC i':
      case 'ESC m': {
        flushPendingText();
        const partial = name !== 'GS V' ? true : [1, 49, 66, 98, 104].includes(p);
        blocks.push({ kind: 'cut', partial });
        break;
      }
      case 'GS (': {
        const fn = raw[2];
        const cn = raw[5];
        const qrFn = raw[6];
        if (fn !== 0x6b) {
          unknown.push(`GS ( ${String.fromCharCode(fn ?? 0)} (${raw.length} bytes): function not decoded`);
        } else if (cn !== QR) {
          unknown.push(`GS ( k cn=${cn} fn=${qrFn}: 2D symbol other than QR not decoded`);
        } else if (qrFn === QR_STORE) {
          storedQr = raw.subarray(8);
        } else if (qrFn === QR_PRINT) {
          if (storedQr === undefined) unknown.push('GS ( k QR print without stored data');
          else {
            flushPendingText();
            blocks.push({ kind: 'qr', payload: storedQr.toString('utf8') });
          }
        }
        // Other QR functions (model, module size, error level, size query) change no content.
        break;
      }
      case 'GS v 0': {
        flushPendingText();
        const mode = raw[3]!;
        const bytesPerRow = raw[4]! + raw[5]! * 256;
        const rows = raw[6]! + raw[7]! * 256;
        // m = 0–3 or 48–51: bit 0 doubles the width, bit 1 the height.
        if (!RASTER_MODES.includes(mode)) {
          unknown.push(`GS v 0 m=${mode}: undefined raster mode`);
          break;
        }
        const scaleX = mode & 0x01 ? 2 : 1;
        const scaleY = mode & 0x02 ? 2 : 1;
        const data = raw.subarray(8);
        const qrPayload = readQrFromRaster(bytesPerRow, rows, data);
        blocks.push({
          kind: 'image',
          align: state.align,
          widthDots: bytesPerRow * 8 * scaleX,
          heightDots: rows * scaleY,
          raster: { bytesPerRow, rows, data, scaleX, scaleY },
          ...(qrPayload === undefined ? {} : { qrPayload }),
        });
        break;
      }
      case 'GS k':
        unknown.push(`GS k barcode type ${p} (${raw.length} bytes): not decoded`);
        break;
      default:
        if (!NO_VISIBLE_EFFECT.has(name))
          unknown.push(`${name} (${raw.length} bytes): printed output not decoded`);
    }
  }
  // The stream may end mid-line; show that text rather than silently dropping it.
  flushPendingText();

  return {
    lines: blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : [])),
    qrCodes: blocks.flatMap((b) =>
      b.kind === 'qr' ? [b.payload] : b.kind === 'image' && b.qrPayload !== undefined ? [b.qrPayload] : [],
    ),
    cuts: blocks.filter((b) => b.kind === 'cut').length,
    unknown,
    blocks,
  };
}

function decodeText(bytes: Buffer, codeTable: number): string {
  const encoding = CODE_PAGES[codeTable];
  if (encoding !== undefined) return iconv.decode(bytes, encoding);
  // Unsupported table: ASCII is the same in every Epson table; mark everything else.
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\uFFFD')).join('');
}
