import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNodeHidBackend, toDeviceInfo } from './node-hid-backend.ts';

// The real adapter runs against a stand-in for node-hid, so its mapping code runs in CI without a
// device. The stand-in mimics what node-hid 3.4.0 does (see node_modules/node-hid/nodehid.js):
// HIDAsync is an EventEmitter whose emit('error') throws when nobody listens.
const hid = vi.hoisted(() => ({
  loads: 0,
  devicesAsync: vi.fn(),
  open: vi.fn(),
}));

vi.mock('node-hid', () => {
  hid.loads++;
  return { devicesAsync: hid.devicesAsync, HIDAsync: { open: hid.open } };
});

class FakeHidAsync extends EventEmitter {
  close = vi.fn(async () => {
    this.removeAllListeners();
  });
}

beforeEach(() => {
  hid.devicesAsync.mockReset();
  hid.open.mockReset();
});

describe('createNodeHidBackend', () => {
  // First in this file on purpose: vi.mock's factory runs when node-hid is first imported, once
  // per file. A static import in the adapter would have run it before any test.
  it('loads node-hid on first use, not when imported or created', async () => {
    const backend = createNodeHidBackend();
    expect(hid.loads).toBe(0);
    hid.devicesAsync.mockResolvedValue([]);
    await backend.list();
    expect(hid.devicesAsync).toHaveBeenCalledWith();
    expect(hid.loads).toBe(1);
  });

  it('maps node-hid devices to ours and leaves out devices without a path', async () => {
    hid.devicesAsync.mockResolvedValue([
      {
        vendorId: 0x0c2e,
        productId: 0x0b61,
        path: '/dev/hidraw3',
        serialNumber: '',
        manufacturer: 'Reader GmbH',
        product: 'MRZ 100',
        release: 0x0100,
        interface: 0,
        usagePage: 1,
        usage: 6,
      },
      {
        vendorId: 0x0c2e,
        productId: 0x0b61,
        path: '/dev/hidraw4',
        release: 1,
        interface: 1,
        usagePage: 0x8c,
        usage: 2,
      },
      { vendorId: 1, productId: 2, release: 1, interface: -1 },
    ]);
    expect(await createNodeHidBackend().list()).toEqual([
      {
        path: '/dev/hidraw3',
        vendorId: 0x0c2e,
        productId: 0x0b61,
        interface: 0,
        usagePage: 1,
        usage: 6,
        manufacturer: 'Reader GmbH',
        product: 'MRZ 100',
      },
      { path: '/dev/hidraw4', vendorId: 0x0c2e, productId: 0x0b61, interface: 1, usagePage: 0x8c, usage: 2 },
    ]);
  });

  it('rejects list() when node-hid cannot ask the system (e.g. libusb missing)', async () => {
    hid.devicesAsync.mockRejectedValue(new Error('libusb-1.0.so.0: cannot open shared object file'));
    await expect(createNodeHidBackend().list()).rejects.toThrow(/libusb/);
  });

  it('opens by path, non-exclusively, and forwards reports and errors', async () => {
    const device = new FakeHidAsync();
    hid.open.mockResolvedValue(device);
    const connection = await createNodeHidBackend().open('/dev/hidraw3');
    expect(hid.open).toHaveBeenCalledWith('/dev/hidraw3', { nonExclusive: true });

    const reports: Buffer[] = [];
    const errors: Error[] = [];
    connection.on('data', (report) => reports.push(report));
    connection.on('error', (error) => errors.push(error));
    device.emit('data', Buffer.from([0x02, 0, 0x36, 0, 0, 0, 0, 0]));
    device.emit('error', new Error('could not read from HID device'));

    expect(reports).toEqual([Buffer.from([0x02, 0, 0x36, 0, 0, 0, 0, 0])]);
    expect(errors.map((e) => e.message)).toEqual(['could not read from HID device']);
  });

  it('listens for errors from the moment it opens, so an early error does not throw', async () => {
    const device = new FakeHidAsync();
    hid.open.mockResolvedValue(device);
    await createNodeHidBackend().open('/dev/hidraw3');
    expect(() => device.emit('error', new Error('early'))).not.toThrow();
  });

  it('wraps non-Error errors', async () => {
    const device = new FakeHidAsync();
    hid.open.mockResolvedValue(device);
    const connection = await createNodeHidBackend().open('/dev/hidraw3');
    const errors: Error[] = [];
    connection.on('error', (error) => errors.push(error));
    device.emit('error', 'gone');
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[0]?.message).toBe('gone');
  });

  it('closes once and delivers nothing afterwards', async () => {
    const device = new FakeHidAsync();
    hid.open.mockResolvedValue(device);
    const connection = await createNodeHidBackend().open('/dev/hidraw3');
    const reports: Buffer[] = [];
    connection.on('data', (report) => reports.push(report));
    await Promise.all([connection.close(), connection.close()]);
    expect(device.close).toHaveBeenCalledTimes(1);
    device.emit('data', Buffer.from([1]));
    expect(reports).toEqual([]);
  });

  it('rejects open() when the device cannot be opened', async () => {
    hid.open.mockRejectedValue(new Error('cannot open device with path /dev/hidraw9'));
    await expect(createNodeHidBackend().open('/dev/hidraw9')).rejects.toThrow('/dev/hidraw9');
  });
});

describe('toDeviceInfo', () => {
  it('keeps optional fields only when node-hid reports them', () => {
    expect(toDeviceInfo({ vendorId: 1, productId: 2, path: 'p', release: 0, interface: -1 })).toEqual({
      path: 'p',
      vendorId: 1,
      productId: 2,
      interface: -1,
    });
  });
});
