import { describe, expect, it } from 'vitest';
import { aClerk, aCounter, aKiosk, anOffice, aService } from '../../../test/factories/office.ts';
import { CoreDriver } from '../../../test/factories/core-driver.ts';

function office() {
  return anOffice({
    services: [
      aService({ id: 'registration', prefix: 'A', targetWaitMinutes: 20 }),
      aService({ id: 'passport', prefix: 'P', targetWaitMinutes: 10 }),
    ],
    counters: [
      aCounter({ id: 'platz-1', serviceIds: ['registration', 'passport'] }),
      aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['registration', 'passport'] }),
    ],
  });
}

function callAndFinish(core: CoreDriver, counterId = 'platz-1', clerk = aClerk()) {
  const t = core.ok(clerk, { type: 'call-next', counterId });
  core.ok(clerk, { type: 'finish', ticketId: t!.id });
  return t!;
}

describe('call strategy', () => {
  it('calls the ticket with the highest wait relative to its service target', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'registration'); // waits 12 min of 20 = 0.6
    core.advance(6);
    core.draw(aKiosk(), 'passport'); // waits 6 min of 10 = 0.6 (level; the extra 1 ms weighs more on the shorter target)
    core.advance(1);
    core.draw(aKiosk(), 'passport'); // 0.1
    core.advance(5);
    const calls = [callAndFinish(core), callAndFinish(core), callAndFinish(core)].map((t) => t.number);
    expect(calls).toEqual(['P-001', 'A-001', 'P-002']);
  });

  it('explains every call', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'registration');
    core.advance(4);
    const out = core.run(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    const event = out.events.find((e) => e.type === 'ticket.called');
    expect(event).toMatchObject({
      reason: { rule: 'relative_wait', waitedSeconds: 240, targetWaitMinutes: 20 },
    });
  });

  it('interleaves priority tickets after N normal calls even when normal ones waited longer', () => {
    const core = new CoreDriver(
      anOffice({
        calling: { normalPerPriority: 2, priorityWeight: 1, noShowAfterCalls: 1 },
        services: [aService()],
      }),
    );
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    for (let i = 0; i < 4; i++) core.draw(aKiosk(), 'registration');
    core.advance(10);
    core.draw(aKiosk(), 'registration', { priority: 'priority' });
    core.advance(1);
    const order = [1, 2, 3, 4, 5].map(() => callAndFinish(core).number);
    expect(order).toEqual(['A-001', 'A-002', 'A-005', 'A-003', 'A-004']);
  });

  it('weights priority tickets so they overtake normal ones of similar wait', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'registration');
    core.advance(2);
    core.draw(aKiosk(), 'registration', { priority: 'priority' });
    core.advance(1);
    expect(callAndFinish(core).number).toBe('A-002');
  });

  it('calls a ticket transferred to the front before everyone, and only at its target counter', () => {
    const core = new CoreDriver(office());
    const clerk2 = aClerk('clerk2');
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(clerk2, { type: 'open-counter', counterId: 'platz-2' });
    core.draw(aKiosk(), 'registration');
    core.draw(aKiosk(), 'passport');
    core.advance(30);
    core.draw(aKiosk(), 'registration');
    const first = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    core.ok(aClerk(), {
      type: 'transfer',
      ticketId: first.id,
      serviceId: 'registration',
      counterId: 'platz-2',
      toFront: true,
    });
    const p1 = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    expect(p1.id).not.toBe(first.id);
    expect(core.ok(clerk2, { type: 'call-next', counterId: 'platz-2' })!.id).toBe(first.id);
  });

  it('calls only the asked service when one is given', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'passport');
    core.advance(20);
    core.draw(aKiosk(), 'registration');
    const t = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1', serviceId: 'registration' });
    expect(t!.number).toBe('A-001');
  });
});
