/**
 * Local types for escpos@3.0.0-alpha.6, only for the calls ticket-layout.ts makes.
 * @types/escpos describes 2.5, whose API differs. Checked against node_modules/escpos/index.js:
 * every builder call appends to an internal buffer synchronously; flush() hands the buffer to
 * `adapter.write` in one call.
 */
declare module 'escpos' {
  /** Where flush() sends bytes. Our adapter only collects them in memory. */
  interface Adapter {
    write(data: Buffer, callback?: (error?: Error | null) => void): void;
    close(callback?: (error?: Error | null) => void, options?: unknown): void;
  }

  interface PrinterOptions {
    /** iconv-lite encoding used by text(); the default is GB18030. */
    encoding?: string;
    /** Columns used by drawLine()/table(); default 48. */
    width?: number;
  }

  class Printer {
    // Must be called with `new`: without it the constructor silently drops `options`.
    constructor(adapter: Adapter, options?: PrinterOptions);
    /** 'INIT' = ESC @, 'SELECT' = ESC = 1, 'RESET' = ESC ? LF NUL (not Epson). */
    hardware(hw: 'INIT' | 'SELECT' | 'RESET'): this;
    /** ESC t n. */
    setCharacterCodeTable(codeTable: number): this;
    /** ESC a 0/1/2. */
    align(align: 'LT' | 'CT' | 'RT' | 'lt' | 'ct' | 'rt'): this;
    /** GS ! (width·16 + height): 0 = normal, 1 = double; each clamped to 0–7. */
    size(width: number, height: number): this;
    /** Encodes content + LF with the printer's encoding. */
    text(content: string, encoding?: string): this;
    /** n × LF. */
    feed(n?: number): this;
    /** Appends bytes unchanged (a string is read as hex). */
    raw(data: Buffer | string): this;
    /** feed(feed ?? 3) then GS V 0 (full) or GS V 1 (partial). */
    cut(partial?: boolean, feed?: number): this;
    /** Sends the buffered bytes through adapter.write and clears the buffer. */
    flush(callback?: (error?: Error | null) => void): this;
  }

  export = Printer;
}
