import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { DrawResult } from '#protocol/events.ts';
import type { Language } from '#protocol/language.ts';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import type { ClientResult } from '#web/client-result.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { OfficeModel } from '#web/office-model.ts';
import { KioskModel } from './model.ts';
import type { KioskOptions } from './options.ts';
import type { KioskSettings } from './settings.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

const service = (id: string, open = true): ServiceView =>
  ({ id, departmentId: 'bb', names: { de: id }, open }) as ServiceView;
const office = {
  id: 'o',
  name: 'Stadt',
  departments: [{ id: 'bb', names: { de: 'Bürgerbüro' }, serviceIds: ['ausweis', 'abholung'] }],
  services: [service('ausweis'), service('abholung')],
} as OfficeView;
const SETTINGS: KioskSettings = {
  deviceId: 'kiosk-1',
  officeId: 'o',
  fastPathServices: ['abholung'],
  idleSeconds: 60,
  staffExit: true,
};
const drawn = (number: string): ClientResult<DrawResult> => ({
  ok: true,
  data: { ticket: { number }, peopleAhead: 0, print: { status: 'printed' } } as DrawResult,
});

async function setup(options: KioskOptions = {}, settings: Partial<KioskSettings> = {}) {
  const connection = createFakeConnection();
  const spoken: { text: string; language: Language }[] = [];
  const leaveKiosk = vi.fn();
  const loadOffices = vi.fn(async () => ({ ok: true as const, data: { offices: [office] } }));
  const pins: string[] = [];
  const pinAnswers: ClientResult<unknown>[] = [];
  const model = new KioskModel({
    connection,
    offices: new OfficeModel(connection),
    language: signal<Language>('de'),
    loadOffices,
    loadSettings: async () => ({ ok: true, data: { ...SETTINGS, ...settings } }),
    checkStaffPin: async (pin) => {
      pins.push(pin);
      return pinAnswers.shift() ?? { ok: true, data: undefined };
    },
    retryDelayMs: 0,
    options,
    speak: (text, language) => void spoken.push({ text, language }),
    leaveKiosk,
  });
  connection.pushSnapshot({
    officeId: 'o',
    seq: 1,
    businessDay: '2026-11-25',
    serverTime: NOW,
    tickets: [],
    counters: [],
    recentCalls: [],
    queues: [],
  });
  await vi.advanceTimersByTimeAsync(0); // the catalog and settings requests resolve
  return { connection, model, spoken, leaveKiosk, loadOffices, pins, pinAnswers };
}

describe('kiosk model', () => {
  beforeEach(() => void vi.useFakeTimers({ now: NOW }));
  afterEach(() => void vi.useRealTimers());

  it('draws a fast-path service from the start screen in the citizen’s language', async () => {
    const { connection, model } = await setup();
    connection.answers['ticket:draw'] = [drawn('B-001')];
    model.setLanguage('tr');
    expect(model.fastPath.value.map((s) => s.id)).toEqual(['abholung']);
    await model.chooseFastPath('abholung');
    expect(connection.sent[0]).toMatchObject({
      name: 'ticket:draw',
      payload: { officeId: 'o', serviceId: 'abholung', language: 'tr' },
    });
    expect(model.screen.value).toMatchObject({ name: 'ticket', serviceId: 'abholung', from: 'start' });
  });

  it('reloads the services when a draw finds the service closed', async () => {
    const { connection, model, loadOffices } = await setup();
    connection.answers['ticket:draw'] = [{ ok: false, error: { code: 'daily_cap_reached', message: '' } }];
    model.chooseDepartment('bb');
    await model.chooseService('ausweis');
    expect(model.screen.value).toMatchObject({ name: 'failed', error: { code: 'daily_cap_reached' } });
    expect(loadOffices).toHaveBeenCalledTimes(2);
  });

  it('takes an admin’s change of services over at once', async () => {
    const { connection, model, loadOffices } = await setup();
    const closed = { ...office, services: [service('ausweis', false), service('abholung')] };
    loadOffices.mockResolvedValueOnce({ ok: true, data: { offices: [closed] } });
    const before = loadOffices.mock.calls.length;
    connection.pushDirect('office:setup-changed', { officeId: 'o' });
    await vi.advanceTimersByTimeAsync(0);
    expect(loadOffices.mock.calls.length).toBe(before + 1);
    expect(model.office.value?.services.find((s) => s.id === 'ausweis')?.open).toBe(false);
  });

  it('reads the number aloud as a person would say it, in the citizen’s language', async () => {
    const { connection, model, spoken } = await setup();
    connection.answers['ticket:draw'] = [drawn('A-007')];
    model.setLanguage('ar');
    model.chooseDepartment('bb');
    await model.chooseService('ausweis');
    model.readNumberAloud();
    expect(spoken).toEqual([{ text: 'رقم الانتظار الخاص بك هو A 7.', language: 'ar' }]);
  });

  it('offers more time 10 s before the reset, then starts over in German with the normal display', async () => {
    const { model } = await setup();
    model.setLanguage('uk');
    model.toggleLargeText();
    model.toggleHighContrast();
    model.chooseDepartment('bb');
    await vi.advanceTimersByTimeAsync(49_000);
    expect(model.moreTimePrompt.value).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(model.moreTimePrompt.value).toBe(true);
    model.moreTime();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(model.moreTimePrompt.value).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(model.screen.value.name).toBe('start');
    expect([model.language.value, model.largeText.value, model.highContrast.value]).toEqual([
      'de',
      false,
      false,
    ]);
  });

  it('leaves kiosk mode when the server accepts the PIN, and stays on a wrong one', async () => {
    const { model, leaveKiosk, pins, pinAnswers } = await setup();
    expect(model.staffExit.value).toBe(true);
    model.openStaff();
    pinAnswers.push({ ok: false, error: { code: 'forbidden', message: 'wrong PIN', field: 'pin' } });
    for (const digit of '9999') model.enterPinDigit(digit);
    await model.submitPin();
    expect(model.screen.value).toEqual({
      name: 'staff',
      entered: '',
      checking: false,
      rejected: 'forbidden',
    });
    for (const digit of '1234') model.enterPinDigit(digit);
    await model.submitPin();
    expect(pins).toEqual(['9999', '1234']);
    expect(leaveKiosk).toHaveBeenCalledOnce();
  });

  it('says so when the server refuses further attempts for a while', async () => {
    const { model, leaveKiosk, pinAnswers } = await setup();
    model.openStaff();
    pinAnswers.push({ ok: false, error: { code: 'rate_limited', message: '' } });
    for (const digit of '1234') model.enterPinDigit(digit);
    await model.submitPin();
    expect(model.screen.value).toMatchObject({ name: 'staff', rejected: 'rate_limited' });
    expect(leaveKiosk).not.toHaveBeenCalled();
  });

  it('has no staff exit when its settings have none', async () => {
    const { model } = await setup({}, { staffExit: false });
    expect(model.staffExit.value).toBe(false);
    model.openStaff();
    expect(model.screen.value.name).toBe('start');
  });

  it('takes the fast path and the idle time from the kiosk’s settings, ?idle= overriding it', async () => {
    const { model } = await setup({}, { fastPathServices: ['ausweis', 'abholung'], idleSeconds: 30 });
    expect(model.fastPath.value.map((s) => s.id)).toEqual(['ausweis', 'abholung']);
    model.chooseDepartment('bb');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(model.screen.value.name).toBe('start');

    const fast = (await setup({ idleSeconds: 12 }, { idleSeconds: 30 })).model;
    fast.chooseDepartment('bb');
    await vi.advanceTimersByTimeAsync(13_000);
    expect(fast.screen.value.name).toBe('start');
  });

  it('checks in a booking code in the citizen’s language and shows the ticket', async () => {
    const { connection, model } = await setup();
    const checkedIn = {
      ticket: { number: 'A-001', serviceId: 'ausweis', departmentId: 'bb', appointmentSlot: NOW + 900_000 },
      peopleAhead: 1,
      waitEstimate: { lowMinutes: 10, highMinutes: 20 },
      print: { status: 'printed' },
    } as DrawResult;
    connection.answers['appointment:check-in'] = [{ ok: true, data: checkedIn }];
    model.setLanguage('pl');
    model.openCheckIn();
    for (const key of 'LEV-4711') model.pressCodeKey(key);
    await model.submitCode();
    expect(connection.sent).toEqual([
      { name: 'appointment:check-in', payload: { officeId: 'o', bookingCode: 'LEV-4711', language: 'pl' } },
    ]);
    expect(model.screen.value).toMatchObject({ name: 'ticket', from: 'check-in', serviceId: 'ausweis' });
    expect(model.service.value?.id).toBe('ausweis');
  });

  it('sends a check-in once more when its answer was lost', async () => {
    const { connection, model } = await setup();
    connection.answers['appointment:check-in'] = [
      { ok: false, error: { code: 'offline', message: '' } },
      { ok: false, error: { code: 'check_in_too_early', message: '' } },
    ];
    model.openCheckIn();
    for (const key of 'LEV-5000') model.pressCodeKey(key);
    const done = model.submitCode();
    await vi.advanceTimersByTimeAsync(0); // the pause before the second try
    await done;
    expect(connection.sent).toHaveLength(2);
    expect(model.screen.value).toMatchObject({
      name: 'check-in-failed',
      code: 'LEV-5000',
      error: { code: 'check_in_too_early' },
    });
  });

  it('types the code from a keyboard on the check-in screen only', async () => {
    const { model } = await setup();
    expect(model.typeKey('L')).toBe(false);
    model.openCheckIn();
    for (const key of ['l', 'e', 'v', 'Shift', '-', '4', 'Backspace']) model.typeKey(key);
    expect(model.screen.value).toEqual({ name: 'check-in', code: 'LEV-' });
  });

  it('shows the ticket of a check-in by the kiosk’s ID-card reader, unless a draw is under way', async () => {
    const { connection, model } = await setup();
    const byCard = {
      ticket: { number: 'A-002', serviceId: 'ausweis', departmentId: 'bb' },
      peopleAhead: 0,
      print: { status: 'printed' },
    } as DrawResult;
    model.chooseDepartment('bb');
    connection.pushDirect('kiosk:check-in-result', { ok: true, data: byCard });
    expect(model.screen.value).toMatchObject({ name: 'ticket', result: byCard, from: 'check-in' });

    model.finish();
    connection.pushDirect('kiosk:check-in-result', {
      ok: false,
      error: { code: 'not_found', message: 'no appointment today' },
    });
    expect(model.screen.value).toMatchObject({ name: 'check-in-failed', source: 'reader' });
  });
});
