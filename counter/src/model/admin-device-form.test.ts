import { describe, expect, it } from 'vitest';
import { deviceBody, deviceSummary, deviceToForm, toggle } from './admin-device-form.ts';
import { checkDevice } from './admin-devices.ts';
import type { DeviceSetup } from './admin-setup.ts';

const kiosk: DeviceSetup = {
  id: 'kiosk-1',
  kind: 'kiosk',
  offices: ['leverkusen'],
  agent: 'remote',
  hasAgentToken: true,
  printer: { kind: 'tcp', host: '10.0.0.5', port: 9100 },
  kiosk: { fastPathServices: ['abholung'], idleSeconds: 60, hasStaffPin: true },
};

describe('device form', () => {
  it('leaves out display filters nobody ticked and keeps languages in catalog order', () => {
    const form = deviceToForm(undefined, ['leverkusen']);
    const display = { ...form.display, languages: ['en' as const, 'de' as const], counters: ['platz-1'] };
    const body = deviceBody({ ...form, id: 'anzeige-2', display }, 3);
    expect(body).toMatchObject({ revision: 3, kind: 'display', offices: ['leverkusen'] });
    expect(body.display).toMatchObject({ languages: ['de', 'en'], counters: ['platz-1'], historyRows: 6 });
    expect(body.display).not.toHaveProperty('departments');
    expect(body.display).not.toHaveProperty('ticker');
    expect(body).not.toHaveProperty('kiosk');
  });

  it('keeps, sets or removes the staff PIN, never sending the old one', () => {
    const form = deviceToForm(kiosk, []);
    expect(deviceBody(form, 0).kiosk).not.toHaveProperty('staffPin');
    expect(
      deviceBody({ ...form, kiosk: { ...form.kiosk, pin: 'set', newPin: '4711' } }, 0).kiosk?.staffPin,
    ).toBe('4711');
    expect(deviceBody({ ...form, kiosk: { ...form.kiosk, pin: 'remove' } }, 0).kiosk?.staffPin).toBeNull();
  });

  it("sends the kiosk's printer and agent as set", () => {
    const body = deviceBody(deviceToForm(kiosk, []), 0);
    expect(body).toMatchObject({ agent: 'remote', printer: { kind: 'tcp', host: '10.0.0.5', port: 9100 } });
    const serverPrints = deviceToForm({ ...kiosk, printer: undefined }, []);
    expect(deviceBody(serverPrints, 0)).not.toHaveProperty('printer');
  });

  it('takes no more than the maximum', () => {
    expect(toggle(['de', 'en'], 'tr', true, 2)).toEqual(['de', 'en']);
    expect(toggle(['de'], 'en', true, 2)).toEqual(['de', 'en']);
    expect(toggle(['de', 'en'], 'de', false, 2)).toEqual(['en']);
  });

  it('checks the id, offices and a new PIN before sending', () => {
    const form = { ...deviceToForm(undefined, []), id: 'Anzeige 2' };
    expect(checkDevice(form).map((p) => p.field)).toEqual(['id', 'offices']);
    const pin = deviceToForm(kiosk, []);
    expect(
      checkDevice({ ...pin, kiosk: { ...pin.kiosk, pin: 'set', newPin: '12' } }).map((p) => p.field),
    ).toEqual(['kiosk.staffPin']);
  });

  it('sums up the key settings in one line', () => {
    expect(deviceSummary(kiosk)).toBe(
      'Drucker: Netzwerkdrucker (TCP) · eigener Agent · Personal-PIN gesetzt · Schnellwahl: abholung · zurück nach 60 s',
    );
  });
});
