import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { AppointmentView, ImportAppointments } from '#protocol/appointments.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { ClientResult } from '#web/client-result.ts';
import { AppointmentsModel } from './appointments.ts';

const office = {
  id: 'leverkusen',
  timeZone: 'Europe/Berlin',
  services: [{ id: 'ausweis' }, { id: 'zulassung' }],
} as OfficeView;
const HEADER = 'bookingCode;serviceId;slot;name;birthDate';
const booked: AppointmentView = {
  bookingCode: 'LEV-1',
  serviceId: 'ausweis',
  slot: Date.UTC(2026, 10, 25, 8),
  state: 'booked',
  idCheckIn: false,
};

function setup(answers: ClientResult<{ imported: number }>[] = [], maxRequestBytes?: number) {
  const posted: ImportAppointments[] = [];
  let listed = 0;
  const api = {
    async appointments() {
      listed++;
      return { ok: true as const, data: { appointments: [booked] } };
    },
    async importAppointments(_officeId: string, body: ImportAppointments) {
      posted.push(body);
      return answers.shift() ?? { ok: true as const, data: { imported: body.appointments.length } };
    },
  };
  const officeId = signal<string | undefined>('leverkusen');
  const model = new AppointmentsModel({
    api,
    officeId,
    office: signal(office),
    today: signal('2026-11-25'),
    ...(maxRequestBytes ? { maxRequestBytes } : {}),
  });
  return { model, posted, officeId, listed: () => listed };
}

const rows = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `LEV-${1000 + i};ausweis;2026-11-25 09:${String(i).padStart(2, '0')};;`,
  );

describe('appointments tab', () => {
  it('loads the list when the tab opens and again for another office', async () => {
    const { model, officeId, listed } = setup();
    expect(listed()).toBe(0);
    model.watch(true);
    await Promise.resolve();
    expect(model.list.value).toEqual([booked]);
    officeId.value = 'opladen';
    expect(listed()).toBe(2);
  });

  it('imports a checked file and clears it, then shows how many came in', async () => {
    const { model, posted } = setup();
    model.setCsv([HEADER, ...rows(2)].join('\n'));
    expect(model.ready.value).toBe(true);
    expect(await model.importAll()).toBe(true);
    expect(posted).toEqual([
      {
        appointments: [
          { bookingCode: 'LEV-1000', serviceId: 'ausweis', slot: '2026-11-25T09:00:00+01:00' },
          { bookingCode: 'LEV-1001', serviceId: 'ausweis', slot: '2026-11-25T09:01:00+01:00' },
        ],
      },
    ]);
    expect(model.imported.value).toBe(2);
    expect(model.csv.value).toBe('');
  });

  it('sends nothing while a row has an error, and imports once the row is removed', async () => {
    const { model, posted } = setup();
    model.setCsv([HEADER, ...rows(1), 'LEV-9;reisepass;2026-11-25 10:00;;', ...rows(2).slice(1)].join('\n'));
    expect(model.errorRows.value.map((r) => [r.line, r.errors[0]?.problem])).toEqual([
      [3, 'unknown_service'],
    ]);
    expect(await model.importAll()).toBe(false);
    expect(posted).toEqual([]);
    model.removeRow(3, 3);
    expect(model.ready.value).toBe(true);
    expect(await model.importAll()).toBe(true);
    expect(posted[0]?.appointments.map((a) => a.bookingCode)).toEqual(['LEV-1000', 'LEV-1001']);
  });

  it('sends a whole file in one request, so the server stores all of it or nothing', async () => {
    const { model, posted } = setup();
    model.setCsv([HEADER, ...rows(60)].join('\n'));
    expect(await model.importAll()).toBe(true);
    expect(posted.map((p) => p.appointments.length)).toEqual([60]);
  });

  it('splits a file beyond the body limit into requests, in order', async () => {
    const { model, posted } = setup([], 400);
    model.setCsv([HEADER, ...rows(9)].join('\n'));
    expect(await model.importAll()).toBe(true);
    expect(posted.length).toBeGreaterThan(1);
    expect(posted.flatMap((p) => p.appointments).map((a) => a.bookingCode)).toEqual(
      rows(9).map((r) => r.split(';')[0]),
    );
    expect(model.imported.value).toBe(9);
  });

  it('ties a refusal to the file line of the row it names, also in a later part', async () => {
    const refusal = {
      ok: false as const,
      error: { code: 'not_found' as const, message: 'no such service', field: 'appointments.1.serviceId' },
    };
    // The server counts 2 of the first part: one of them was checked in already and stays so.
    const { model, posted } = setup([{ ok: true, data: { imported: 2 } }, refusal], 400);
    model.setCsv([HEADER, '', ...rows(9)].join('\n'));
    expect(await model.importAll()).toBe(false);
    const firstPart = posted[0]?.appointments.length ?? 0;
    // Data rows start on line 3 (header, empty line); the refused one is the 2nd of the 2nd part.
    expect(model.failure.value).toEqual({
      error: refusal.error,
      line: 3 + firstPart + 1,
      column: 'serviceId',
      importedBefore: 2,
    });
    expect(model.csv.value).not.toBe('');
    model.setCsv(model.csv.value + '\n');
    expect(model.failure.value).toBeUndefined();
  });
});
