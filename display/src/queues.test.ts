import { describe, expect, it } from 'vitest';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import { queueFigures, queueRows } from './queues.ts';

const strip = (text: string) => text.replaceAll('\u2060', '');

const service = (id: string, departmentId: string, o: Partial<ServiceView> = {}): ServiceView => ({
  id,
  departmentId,
  name: id,
  names: { de: `${id} (de)`, en: `${id} (en)` },
  prefix: id.slice(0, 1).toUpperCase(),
  expectedMinutes: 10,
  targetWaitMinutes: 30,
  open: true,
  ...o,
});

const office = {
  id: 'leverkusen',
  name: 'Leverkusen',
  timeZone: 'Europe/Berlin',
  departments: [],
  services: [
    service('ausweis', 'buergerbuero'),
    service('meldung', 'buergerbuero', { names: { de: 'Meldung' } }),
    service('kfz', 'strassenverkehr'),
    service('alt', 'buergerbuero', { open: false, closedReason: 'inactive' }),
  ],
  counters: [],
  calling: { noShowAfterCalls: 1 },
  alarms: { maxWaiting: 10, waitOverTargetPercent: 100, pausedMinutes: 30 },
} satisfies OfficeView;

describe('queue figures', () => {
  it('words the count and the estimated range', () => {
    expect(strip(queueFigures({ waiting: 3, waitEstimate: { lowMinutes: 10, highMinutes: 20 } }, 'de'))).toBe(
      '3 wartend · ca. 10–20 Min.',
    );
    expect(strip(queueFigures({ waiting: 1, waitEstimate: { lowMinutes: 0, highMinutes: 5 } }, 'en'))).toBe(
      '1 waiting · approx. 0–5 min',
    );
    expect(queueFigures({ waiting: 2 }, 'de')).toBe('2 wartend · keine Schätzung');
    expect(queueFigures({ waiting: 0 }, 'de')).toBe('niemand wartet · keine Schätzung');
  });

  it('keeps the range on one line', () => {
    expect(queueFigures({ waiting: 3, waitEstimate: { lowMinutes: 10, highMinutes: 20 } }, 'de')).toContain(
      '10\u2060–\u206020',
    );
  });
});

describe('queue rows', () => {
  it('lists the active services that pass the filter, named in the screen language or German', () => {
    const rows = queueRows(
      [office],
      {
        leverkusen: [{ serviceId: 'ausweis', waiting: 3, waitEstimate: { lowMinutes: 10, highMinutes: 20 } }],
      },
      { departments: new Set(['buergerbuero']) },
      'en',
    );
    expect(rows.map((r) => [r.prefix, r.name, r.nameLang, r.waiting, strip(r.figures)])).toEqual([
      ['A', 'ausweis (en)', 'en', 3, '3 waiting · approx. 10–20 min'],
      ['M', 'Meldung', 'de', 0, 'nobody waiting · no estimate'],
    ]);
  });
});
