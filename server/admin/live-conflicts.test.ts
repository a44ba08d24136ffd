import { describe, expect, it } from 'vitest';
import { CoreDriver } from '../../test/factories/core-driver.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../test/factories/office.ts';
import type { OfficeConfig } from '../config/schema.ts';
import { liveConflicts } from './live-conflicts.ts';

const setup = anOffice({
  services: [aService(), aService({ id: 'passport', prefix: 'P' })],
  counters: [aCounter(), aCounter({ id: 'platz-2', name: 'Platz 2' })],
});
/** Only the ids matter to the check. */
const config = (services: string[], counters: string[]) =>
  ({
    services: services.map((id) => ({ id })),
    counters: counters.map((id) => ({ id, services })),
  }) as unknown as OfficeConfig;

describe('liveConflicts', () => {
  it('allows removing what nobody uses today', () => {
    const core = new CoreDriver(setup);
    expect(liveConflicts(core.state, undefined, config(['registration'], ['platz-1']))).toEqual([]);
  });

  it('refuses removing a service with tickets today and an open counter', () => {
    const core = new CoreDriver(setup);
    core.draw(aKiosk(), 'passport');
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-2' });
    const problems = liveConflicts(core.state, undefined, config(['registration'], ['platz-1']));
    expect(problems.map((p) => p.field)).toEqual(['services.passport', 'counters.platz-2']);
    expect(problems[1]?.message).toContain('clerk1');
  });

  it('refuses removing a counter tickets were sent to, and leaving waiting people with no counter', () => {
    const core = new CoreDriver(setup);
    const t = core.draw(aKiosk(), 'registration');
    core.ok(aSupervisor(), {
      type: 'transfer',
      ticketId: t.id,
      serviceId: 'registration',
      counterId: 'platz-2',
    });
    const noCounter = {
      ...config(['registration', 'passport'], ['platz-1']),
      counters: [{ id: 'platz-1', services: ['passport'] }],
    };
    const fields = liveConflicts(core.state, undefined, noCounter as unknown as OfficeConfig).map(
      (p) => p.field,
    );
    expect(fields).toEqual(['counters.platz-2', 'services.registration']);
  });

  it('refuses a new time zone on a day with tickets, allows it on an empty day', () => {
    const core = new CoreDriver(setup);
    const before = { ...config(['registration'], ['platz-1']), timeZone: 'Europe/Berlin' } as OfficeConfig;
    const after = { ...before, timeZone: 'Europe/Lisbon' } as OfficeConfig;
    expect(liveConflicts(core.state, before, after)).toEqual([]);
    core.draw(aKiosk(), 'registration');
    expect(liveConflicts(core.state, before, after).map((p) => p.field)).toEqual(['timeZone']);
  });
});
