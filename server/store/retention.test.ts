import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory.ts';
import { applyRetention, monthsBefore } from './retention.ts';

const OFFICE = { id: 'office', timeZone: 'Europe/Berlin' };
const NOON = (day: string) => Date.parse(`${day}T11:00:00Z`);

async function storeWithDays(days: string[]) {
  const store = new MemoryStore();
  for (const businessDay of days)
    await store.archiveDay({ officeId: OFFICE.id, businessDay, tickets: [], events: [] });
  return store;
}

describe('retention', () => {
  it('deletes event archives older than archiveDays once their statistics are stored; keeps the statistics', async () => {
    const days = ['2026-08-01', '2026-08-20', '2026-11-20', '2026-11-24'];
    const store = await storeWithDays(days);
    const summarized: string[] = [];
    const summarize = async (officeId: string, businessDay: string) => {
      summarized.push(businessDay);
      await store.saveDayStats({ officeId, businessDay });
    };
    const done = await applyRetention(
      { store, clock: () => NOON('2026-11-25'), offices: () => [OFFICE], summarize },
      { archiveDays: 90, auditMonths: 24 },
    );
    // 90 days before 2026-11-25 is 2026-08-27: the two August days go
    expect(done.archivesDeleted).toBe(2);
    expect(summarized).toEqual(['2026-08-01', '2026-08-20']);
    expect(await store.archivedDays(OFFICE.id)).toEqual(['2026-11-20', '2026-11-24']);
    expect(await store.statisticsDays(OFFICE.id)).toEqual(['2026-08-01', '2026-08-20']);
  });

  it('keeps an archive whose statistics could not be made', async () => {
    const store = await storeWithDays(['2026-01-05']);
    const done = await applyRetention(
      { store, clock: () => NOON('2026-11-25'), offices: () => [OFFICE], summarize: async () => undefined },
      { archiveDays: 30, auditMonths: 24 },
    );
    expect(done.archivesDeleted).toBe(0);
    expect(await store.archivedDays(OFFICE.id)).toEqual(['2026-01-05']);
  });

  it('drops audit entries of months before auditMonths', async () => {
    const store = new MemoryStore();
    for (const at of ['2024-10-31T23:00:00Z', '2024-11-01T00:00:00Z', '2026-11-02T08:00:00Z']) {
      await store.appendAudit({
        at: Date.parse(at),
        by: 'admin',
        action: 'x',
        target: 't',
        revision: 1,
        changes: [],
      });
    }
    const done = await applyRetention(
      { store, clock: () => NOON('2026-11-25'), offices: () => [], summarize: async () => undefined },
      { archiveDays: 90, auditMonths: 24 },
    );
    expect(done.auditFilesDeleted).toBe(1);
    expect((await store.readAudit(10)).map((e) => new Date(e.at).toISOString().slice(0, 7))).toEqual([
      '2026-11',
      '2024-11',
    ]);
  });

  it('counts months back across years', () => {
    expect(monthsBefore(Date.parse('2026-11-25T00:00:00Z'), 24)).toBe('2024-11');
    expect(monthsBefore(Date.parse('2026-02-10T00:00:00Z'), 3)).toBe('2025-11');
    expect(monthsBefore(Date.parse('2026-01-10T00:00:00Z'), 1)).toBe('2025-12');
  });
});
