/**
 * Owns: turning the agent's printer setting into a transport.
 *   tcp://10.0.0.20:9100   a network printer (port defaults to 9100)
 *   usb:/dev/usb/lp0       a USB printer through the kernel's usblp driver
 *   none                   this kiosk has no printer
 */
import { createTcpTransport, createUsbLpTransport, type PrinterTransport } from '#printer';

export function printerFromSetting(setting: string): PrinterTransport | undefined {
  if (setting === 'none') return undefined;
  const tcp = /^tcp:\/\/([^:/]+)(?::(\d{1,5}))?\/?$/.exec(setting);
  if (tcp?.[1]) return createTcpTransport({ host: tcp[1], port: Number(tcp[2] ?? 9100) });
  const usb = /^usb:(\/dev\/usb\/lp\d+)$/.exec(setting);
  if (usb?.[1]) return createUsbLpTransport({ path: usb[1] });
  throw new Error(`AUFRUF_PRINTER "${setting}": use tcp://host[:port], usb:/dev/usb/lpN or none`);
}
