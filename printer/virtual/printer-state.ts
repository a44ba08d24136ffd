/**
 * The virtual printer's settable condition and the Epson DLE EOT bytes it answers with.
 * PURE. Bit positions mirror status.ts's decoder, so a round trip through both must agree.
 */

export interface VirtualPrinterState {
  paperEnd: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  cutterError: boolean;
  /** Answer no status request at all, like many cheap "compatible" printers. */
  silent: boolean;
}

export const READY: Readonly<VirtualPrinterState> = {
  paperEnd: false,
  paperNearEnd: false,
  coverOpen: false,
  cutterError: false,
  silent: false,
};

// Bits 1 and 4 are always set in Epson status bytes.
const FIXED = 0x12;

/** The one-byte answer to `DLE EOT n`, or undefined when the printer would stay silent. */
export function statusByteFor(state: VirtualPrinterState, n: number): number | undefined {
  if (state.silent) return undefined;
  const error = state.cutterError;
  // A real printer goes offline on paper end, open cover and errors.
  const offline = state.paperEnd || state.coverOpen || error;
  switch (n) {
    case 1:
      return FIXED | (offline ? 0x08 : 0);
    case 2:
      return FIXED | (state.coverOpen ? 0x04 : 0) | (state.paperEnd ? 0x20 : 0) | (error ? 0x40 : 0);
    case 3:
      return FIXED | (state.cutterError ? 0x08 : 0);
    case 4:
      return FIXED | (state.paperNearEnd || state.paperEnd ? 0x0c : 0) | (state.paperEnd ? 0x60 : 0);
    default:
      return undefined; // n = 7, 8 (two-byte answers) are not emulated
  }
}
