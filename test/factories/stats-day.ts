/**
 * A small day at one counter for statistics tests: three tickets from 09:00, two served (waits 5
 * and 15 minutes, 4 minutes at the counter), one no-show; the counter closes at 10:04.
 */
import { expect } from 'vitest';
import { CoreDriver, MONDAY_9AM } from './core-driver.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService } from './office.ts';

export const statsOffice = anOffice({
  services: [
    aService({ targetWaitMinutes: 10 }),
    aService({ id: 'passport', prefix: 'P', targetWaitMinutes: 30 }),
  ],
  counters: [aCounter({ serviceIds: ['registration', 'passport'] })],
});
export const statsOptions = (perClerk = false, businessDay = '2026-11-23') => ({
  officeId: statsOffice.id,
  businessDay,
  timeZone: 'Europe/Berlin',
  targetMinutes: (id: string) => statsOffice.services.find((s) => s.id === id)?.targetWaitMinutes ?? 30,
  perClerk,
});

export function aDay(start = MONDAY_9AM) {
  const core = new CoreDriver(statsOffice, start);
  core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
  const a = core.draw(aKiosk(), 'registration');
  const b = core.draw(aKiosk(), 'registration');
  const c = core.draw(aKiosk(), 'passport');
  core.advance(5);
  expect(core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })?.id).toBe(a.id);
  core.advance(1);
  core.ok(aClerk(), { type: 'start', ticketId: a.id });
  core.advance(4);
  core.ok(aClerk(), { type: 'finish', ticketId: a.id });
  core.advance(5);
  expect(core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })?.id).toBe(b.id);
  core.ok(aClerk(), { type: 'start', ticketId: b.id });
  core.advance(4);
  core.ok(aClerk(), { type: 'finish', ticketId: b.id });
  expect(core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })?.id).toBe(c.id);
  core.ok(aClerk(), { type: 'no-show', ticketId: c.id });
  core.advance(45);
  core.ok(aClerk(), { type: 'close-counter', counterId: 'platz-1' });
  return core;
}
