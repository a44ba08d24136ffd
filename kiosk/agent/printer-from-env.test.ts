import { describe, expect, it } from 'vitest';
import { printerFromSetting } from './printer-from-env.ts';

describe('printerFromSetting', () => {
  it('understands network, USB and no printer', () => {
    expect(printerFromSetting('tcp://10.0.0.20')).toBeDefined();
    expect(printerFromSetting('tcp://printer.local:9101')).toBeDefined();
    expect(printerFromSetting('usb:/dev/usb/lp0')).toBeDefined();
    expect(printerFromSetting('none')).toBeUndefined();
  });

  it('names the setting and the accepted forms when it cannot understand it', () => {
    expect(() => printerFromSetting('lpt1')).toThrow(/AUFRUF_PRINTER "lpt1": use tcp:\/\/host/);
    expect(() => printerFromSetting('usb:/etc/passwd')).toThrow(/usb:\/dev\/usb\/lpN/);
  });
});
