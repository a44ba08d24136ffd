/**
 * Owns: the ticket printer — ticket layout as ESC/POS bytes, sending them (TCP 9100), asking the
 * printer's status, and a virtual printer that decodes what it receives (dev, CI, tests, preview).
 * Does not: decide when a ticket is printed or which number it gets (server), log, or read config;
 * the caller picks the transport and passes it in.
 * Why this shape: escpos is unmaintained, so it only builds bytes inside ticket-layout.ts; all
 * I/O sits behind the small PrinterTransport interface, and the virtual twin speaks the same
 * protocol as a real printer so tests read tickets back from the bytes that were sent.
 */
export { renderTicket, type TicketPrintJob } from './ticket-layout.ts';
export { printableLanguage, type TicketLanguage } from './ticket-text.ts';
export type { PrinterTransport } from './transport.ts';
export { probeStatus, decodeStatus, type PrinterStatus } from './status.ts';
export { createTcpTransport, type TcpTransportOptions } from './transports/tcp.ts';
export { printTicket, type PrintResult } from './print-ticket.ts';
export { startVirtualPrinter, type VirtualPrinter, type PrintedJob } from './virtual/server.ts';
export type { VirtualPrinterState } from './virtual/printer-state.ts';
export {
  decodeEscPos,
  type DecodedJob,
  type PrintedLine,
  type PrintedBlock,
  type RasterImage,
} from './virtual/decode.ts';
export { renderPreviewSvg } from './virtual/preview.ts';
export { createUsbLpTransport, type UsbLpTransportOptions } from './transports/usb-lp.ts';
