import { describe, expect, it } from 'vitest';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../../test/factories/office.ts';
import { CoreDriver } from '../../../test/factories/core-driver.ts';
import { estimateWaits } from '../estimate/forward.ts';
import { serviceTimeModel } from '../estimate/service-times.ts';
import { counterView, queuesOf } from '../views.ts';

/** Two services at two counters; clerk1 may call out of order, clerk2 may not. */
function office() {
  return anOffice({
    services: [aService(), aService({ id: 'passport', prefix: 'P', names: { de: 'Reisepass' } })],
    counters: [
      aCounter({ serviceIds: ['registration', 'passport'] }),
      aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['registration'] }),
    ],
  });
}
const mayCallSpecific = aClerk('clerk1', ['call-specific']);
const plainClerk = aClerk('clerk2');

describe('call a specific number', () => {
  it('calls the chosen waiting ticket and records that it was chosen, by whom', () => {
    const core = new CoreDriver(office());
    core.ok(mayCallSpecific, { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'registration');
    const second = core.draw(aKiosk(), 'registration');
    core.advance(3);
    const out = core.run(mayCallSpecific, { type: 'call-ticket', counterId: 'platz-1', ticketId: second.id });
    expect(out.ok).toBe(true);
    expect(core.state.tickets[second.id]).toMatchObject({ state: 'called', counterId: 'platz-1' });
    const called = out.events.find((e) => e.type === 'ticket.called');
    expect(called).toMatchObject({ by: 'clerk1', reason: { rule: 'explicit', waitedSeconds: 180 } });
  });

  it('needs the right: a clerk without it is refused, a supervisor never is', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-2' });
    const t = core.draw(aKiosk(), 'registration');
    const cmd = { type: 'call-ticket', counterId: 'platz-2', ticketId: t.id } as const;
    expect(core.errorOf(plainClerk, cmd)).toBe('forbidden');
    expect(core.state.tickets[t.id]?.state).toBe('waiting');
    const supervisor = aSupervisor();
    core.ok(supervisor, { type: 'open-counter', counterId: 'platz-1' });
    expect(core.errorOf(supervisor, { ...cmd, counterId: 'platz-1' })).toBe('ok');
  });

  it('refuses a ticket that is not waiting, of another service, or sent to another counter', () => {
    const core = new CoreDriver(office());
    core.ok(mayCallSpecific, { type: 'open-counter', counterId: 'platz-2' });
    const passport = core.draw(aKiosk(), 'passport');
    expect(
      core.errorOf(mayCallSpecific, { type: 'call-ticket', counterId: 'platz-2', ticketId: passport.id }),
    ).toBe('validation_failed');
    const reg = core.draw(aKiosk(), 'registration');
    core.ok(aSupervisor(), {
      type: 'transfer',
      ticketId: reg.id,
      serviceId: 'registration',
      counterId: 'platz-1',
    });
    expect(
      core.errorOf(mayCallSpecific, { type: 'call-ticket', counterId: 'platz-2', ticketId: reg.id }),
    ).toBe('invalid_state');
    const other = core.draw(aKiosk(), 'registration');
    core.ok(mayCallSpecific, { type: 'call-ticket', counterId: 'platz-2', ticketId: other.id });
    // Called already: another counter cannot take it.
    const supervisor = aSupervisor();
    core.ok(supervisor, { type: 'open-counter', counterId: 'platz-1' });
    expect(core.errorOf(supervisor, { type: 'call-ticket', counterId: 'platz-1', ticketId: other.id })).toBe(
      'invalid_state',
    );
  });

  it('refuses at a busy or paused counter and at a counter the clerk is not signed in at', () => {
    const core = new CoreDriver(office());
    core.ok(mayCallSpecific, { type: 'open-counter', counterId: 'platz-1' });
    const a = core.draw(aKiosk(), 'registration');
    const b = core.draw(aKiosk(), 'registration');
    const call = (ticketId: string, counterId = 'platz-1') =>
      ({ type: 'call-ticket', counterId, ticketId }) as const;
    expect(core.errorOf(mayCallSpecific, call(a.id, 'platz-2'))).toBe('counter_closed');
    core.ok(mayCallSpecific, call(a.id));
    expect(core.errorOf(mayCallSpecific, call(b.id))).toBe('counter_busy');
    core.ok(mayCallSpecific, { type: 'finish', ticketId: a.id });
    core.ok(mayCallSpecific, { type: 'pause-counter', counterId: 'platz-1' });
    expect(core.errorOf(mayCallSpecific, call(b.id))).toBe('counter_paused');
    const other = aClerk('clerk3', ['call-specific']);
    expect(core.errorOf(other, call(b.id))).toBe('counter_taken');
    expect(core.state.tickets[b.id]?.state).toBe('waiting');
  });
});

describe('finish with the services performed and a note', () => {
  it('records the services on the ticket and the note only in the event', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1' });
    const t = core.draw(aKiosk(), 'registration');
    core.ok(plainClerk, { type: 'call-next', counterId: 'platz-1' });
    const out = core.run(plainClerk, {
      type: 'finish',
      ticketId: t.id,
      performedServiceIds: ['registration', 'passport', 'passport'],
      note: '  Meldebescheinigung gleich mitgegeben ',
    });
    expect(out.ok).toBe(true);
    expect(core.state.tickets[t.id]).toMatchObject({
      state: 'done',
      performedServiceIds: ['registration', 'passport'],
    });
    expect(JSON.stringify(core.state.tickets[t.id])).not.toContain('Meldebescheinigung');
    expect(out.events.find((e) => e.type === 'ticket.finished')).toMatchObject({
      note: 'Meldebescheinigung gleich mitgegeben',
      performedServiceIds: ['registration', 'passport'],
    });
  });

  it('refuses unknown or empty service lists and changes nothing', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1' });
    const t = core.draw(aKiosk(), 'registration');
    core.ok(plainClerk, { type: 'call-next', counterId: 'platz-1' });
    const before = core.state;
    expect(core.errorOf(plainClerk, { type: 'finish', ticketId: t.id, performedServiceIds: ['nope'] })).toBe(
      'validation_failed',
    );
    expect(core.errorOf(plainClerk, { type: 'finish', ticketId: t.id, performedServiceIds: [] })).toBe(
      'validation_failed',
    );
    expect(core.state).toBe(before);
  });
});

describe('a free counter says since when', () => {
  it('from signing in, from its last ticket, and not while it has one', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1' });
    const opened = core.now;
    expect(counterView(core.state, core.setup, 'platz-1')?.idleSince).toBe(opened);
    const t = core.draw(aKiosk(), 'registration');
    core.advance(2);
    core.ok(plainClerk, { type: 'call-next', counterId: 'platz-1' });
    expect(counterView(core.state, core.setup, 'platz-1')?.idleSince).toBeUndefined();
    core.advance(5);
    core.ok(plainClerk, { type: 'finish', ticketId: t.id });
    expect(counterView(core.state, core.setup, 'platz-1')?.idleSince).toBe(core.now);
    core.ok(plainClerk, { type: 'pause-counter', counterId: 'platz-1' });
    expect(counterView(core.state, core.setup, 'platz-1')?.idleSince).toBeUndefined();
  });
});

describe("the counter's services for today", () => {
  it('call-next keeps to the chosen services; next-of-service may still reach the others', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1', serviceIds: ['passport'] });
    const reg = core.draw(aKiosk(), 'registration');
    expect(core.errorOf(plainClerk, { type: 'call-next', counterId: 'platz-1' })).toBe('queue_empty');
    const p = core.draw(aKiosk(), 'passport');
    expect(core.ok(plainClerk, { type: 'call-next', counterId: 'platz-1' })?.id).toBe(p.id);
    core.ok(plainClerk, { type: 'finish', ticketId: p.id });
    expect(
      core.ok(plainClerk, { type: 'call-next', counterId: 'platz-1', serviceId: 'registration' })?.id,
    ).toBe(reg.id);
  });

  it('is validated against the setup, shown in the counter view and forgotten on close', () => {
    const core = new CoreDriver(office());
    expect(
      core.errorOf(plainClerk, { type: 'open-counter', counterId: 'platz-2', serviceIds: ['passport'] }),
    ).toBe('validation_failed');
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1' });
    expect(counterView(core.state, core.setup, 'platz-1')?.activeServiceIds).toEqual([
      'registration',
      'passport',
    ]);
    core.ok(plainClerk, { type: 'set-counter-services', counterId: 'platz-1', serviceIds: ['passport'] });
    expect(counterView(core.state, core.setup, 'platz-1')?.activeServiceIds).toEqual(['passport']);
    expect(
      core.errorOf(plainClerk, { type: 'set-counter-services', counterId: 'platz-1', serviceIds: [] }),
    ).toBe('validation_failed');
    expect(
      core.errorOf(aClerk('clerk3'), {
        type: 'set-counter-services',
        counterId: 'platz-1',
        serviceIds: ['passport'],
      }),
    ).toBe('counter_taken');
    core.ok(plainClerk, { type: 'close-counter', counterId: 'platz-1' });
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1' });
    expect(counterView(core.state, core.setup, 'platz-1')?.activeServiceIds).toEqual([
      'registration',
      'passport',
    ]);
  });

  it('serves everything it may when an admin takes away the whole choice of today', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1', serviceIds: ['passport'] });
    const changed = {
      ...core.setup,
      counters: [aCounter({ serviceIds: ['registration'] }), ...core.setup.counters.slice(1)],
    };
    expect(counterView(core.state, changed, 'platz-1')?.activeServiceIds).toEqual(['registration']);
  });

  it('forward estimates count only counters that serve the service today', () => {
    const core = new CoreDriver(office());
    core.ok(plainClerk, { type: 'open-counter', counterId: 'platz-1', serviceIds: ['registration'] });
    core.draw(aKiosk(), 'passport');
    core.draw(aKiosk(), 'registration');
    core.draw(aKiosk(), 'registration');
    const model = serviceTimeModel(core.setup, []);
    const { newcomers } = estimateWaits(core.state, core.setup, core.now, model, {
      runs: 40,
      seed: 1,
      newcomers: ['registration', 'passport'],
    });
    expect(newcomers.has('passport')).toBe(false);
    expect(newcomers.get('registration')?.median).toBeGreaterThan(0);
    const queues = queuesOf(core.state, core.setup, (id) =>
      id === 'registration' ? { lowMinutes: 5, highMinutes: 20 } : undefined,
    );
    expect(queues.find((q) => q.serviceId === 'registration')).toEqual({
      serviceId: 'registration',
      waiting: 2,
      waitEstimate: { lowMinutes: 5, highMinutes: 20 },
    });
    expect(queues.find((q) => q.serviceId === 'passport')).toEqual({ serviceId: 'passport', waiting: 1 });
  });
});
