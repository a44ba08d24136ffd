import { describe, expect, it } from 'vitest';
import { CoreDriver } from '../../test/factories/core-driver.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService } from '../../test/factories/office.ts';
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
    counters: counters.map((id) => ({ id })),
  }) as unknown as OfficeConfig;

describe('liveConflicts', () => {
  it('allows removing what nobody uses today', () => {
    const core = new CoreDriver(setup);
    expect(liveConflicts(core.state, config(['registration'], ['platz-1']))).toEqual([]);
  });

  it('refuses removing a service with tickets today and an open counter', () => {
    const core = new CoreDriver(setup);
    core.draw(aKiosk(), 'passport');
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-2' });
    const problems = liveConflicts(core.state, config(['registration'], ['platz-1']));
    expect(problems.map((p) => p.field)).toEqual(['services.passport', 'counters.platz-2']);
    expect(problems[1]?.message).toContain('clerk1');
  });
});
