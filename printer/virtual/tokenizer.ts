/**
 * Splits an ESC/POS byte stream into tokens at exact command boundaries.
 *
 * Why streaming: the virtual printer must answer `DLE EOT n` while a job is still arriving, and
 * must not react to `10 04 n` inside QR payloads or image data. Feeding chunks into the same
 * parser the decoder uses makes both agree on where every command starts.
 */
import { byteName, commandTables, singleByteControls, type CommandSpec } from './command-table.ts';

export type Token =
  /** Printable bytes (0x20–0xff) in the active code page; consecutive runs may be split. */
  | { kind: 'text'; bytes: Buffer }
  /** A command from the table; `raw` is the whole command including parameters and data. */
  | { kind: 'command'; name: string; raw: Buffer }
  /** Bytes no table entry explains. The parser resumes right after them. */
  | { kind: 'unknown'; raw: Buffer; description: string };

type Step = { token: Token; end: number } | 'more';

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
}

function isText(b: number): boolean {
  return b >= 0x20;
}

/** Reads one token at `at`; 'more' when the command is not complete within `bytes`. */
function readToken(bytes: Buffer, at: number): Step {
  const first = bytes[at]!;
  if (isText(first)) {
    let end = at + 1;
    while (end < bytes.length && isText(bytes[end]!)) end++;
    return { token: { kind: 'text', bytes: bytes.subarray(at, end) }, end };
  }
  const control = singleByteControls.get(first);
  if (control !== undefined) {
    return { token: { kind: 'command', name: control, raw: bytes.subarray(at, at + 1) }, end: at + 1 };
  }
  const table = commandTables.get(first);
  if (table === undefined) {
    const raw = bytes.subarray(at, at + 1);
    return { token: { kind: 'unknown', raw, description: `control byte ${hex(raw)}` }, end: at + 1 };
  }
  if (at + 1 >= bytes.length) return 'more';
  const second = bytes[at + 1]!;
  const spec: CommandSpec | undefined = table[second];
  if (spec === undefined) {
    // Unknown command: skip only the two bytes we understand; any parameters it had will show
    // up as text or further unknowns, which the report makes visible instead of hiding.
    const raw = bytes.subarray(at, at + 2);
    const description = `${byteName(first)} ${byteName(second)} (${hex(raw)}): not in the command table`;
    return { token: { kind: 'unknown', raw, description }, end: at + 2 };
  }
  const length = spec.length(bytes, at);
  if (length === 'more') return 'more';
  if (length === 'invalid') {
    const shown = hex(bytes.subarray(at, Math.min(at + 3, bytes.length)));
    const raw = bytes.subarray(at, at + 2);
    return {
      token: { kind: 'unknown', raw, description: `${spec.name} with invalid parameters (${shown})` },
      end: at + 2,
    };
  }
  if (at + length > bytes.length) return 'more';
  return {
    token: { kind: 'command', name: spec.name, raw: bytes.subarray(at, at + length) },
    end: at + length,
  };
}

/** Incremental tokenizer: push chunks as they arrive, call end() when the stream closes. */
export class EscPosTokenizer {
  // Holds only the bytes of one incomplete command between chunks.
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Uint8Array): Token[] {
    const bytes = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    const tokens: Token[] = [];
    let at = 0;
    while (at < bytes.length) {
      const step = readToken(bytes, at);
      if (step === 'more') break;
      tokens.push(step.token);
      at = step.end;
    }
    // Copy so the pending tail does not pin the whole chunk in memory.
    this.pending = Buffer.from(bytes.subarray(at));
    return tokens;
  }

  /** Flushes an unfinished command as unknown: the stream ended inside it. */
  end(): Token[] {
    if (this.pending.length === 0) return [];
    const raw = this.pending;
    this.pending = Buffer.alloc(0);
    const head = hex(raw.subarray(0, 8));
    return [
      { kind: 'unknown', raw, description: `stream ended inside a command (${raw.length} bytes: ${head}…)` },
    ];
  }
}

/** Tokenizes a complete byte stream. */
export function tokenize(bytes: Uint8Array): Token[] {
  const tokenizer = new EscPosTokenizer();
  return [...tokenizer.push(bytes), ...tokenizer.end()];
}
