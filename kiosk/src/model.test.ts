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

const NOW = Date.UTC(2026, 10, 25, 9, 0);

const service = (id: string, open = true): ServiceView =>
  ({ id, departmentId: 'bb', names: { de: id }, open }) as ServiceView;
const office = {
  id: 'o',
  name: 'Stadt',
  departments: [{ id: 'bb', names: { de: 'Bürgerbüro' }, serviceIds: ['ausweis', 'abholung'] }],
  services: [service('ausweis'), service('abholung')],
} as OfficeView;
const drawn = (number: string): ClientResult<DrawResult> => ({
  ok: true,
  data: { ticket: { number }, peopleAhead: 0, print: { status: 'printed' } } as DrawResult,
});

async function setup(options: KioskOptions = {}) {
  const connection = createFakeConnection();
  const spoken: { text: string; language: Language }[] = [];
  const leaveKiosk = vi.fn();
  const loadOffices = vi.fn(async () => ({ ok: true as const, data: { offices: [office] } }));
  const model = new KioskModel({
    connection,
    offices: new OfficeModel(connection),
    language: signal<Language>('de'),
    loadOffices,
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
  });
  await vi.advanceTimersByTimeAsync(0); // the catalog request resolves
  return { connection, model, spoken, leaveKiosk, loadOffices };
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

  it('leaves kiosk mode only with the configured PIN', async () => {
    const { model, leaveKiosk } = await setup({ staffPin: '4711' });
    expect(model.staffExit.value).toBe(true);
    model.openStaff();
    for (const digit of '1234') model.enterPinDigit(digit);
    model.submitPin();
    expect(model.screen.value).toEqual({ name: 'staff', entered: '', wrong: true });
    for (const digit of '4711') model.enterPinDigit(digit);
    model.submitPin();
    expect(leaveKiosk).toHaveBeenCalledOnce();
  });

  it('has no staff exit without a PIN', async () => {
    const { model } = await setup();
    expect(model.staffExit.value).toBe(false);
    model.openStaff();
    expect(model.screen.value.name).toBe('start');
  });
});
