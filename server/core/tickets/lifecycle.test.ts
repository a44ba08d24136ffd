import { describe, expect, it } from 'vitest';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../../test/factories/office.ts';
import { CoreDriver } from '../../../test/factories/core-driver.ts';

function office() {
  return anOffice({
    services: [aService(), aService({ id: 'passport', prefix: 'P', names: { de: 'Reisepass' } })],
    counters: [
      aCounter({ serviceIds: ['registration', 'passport'] }),
      aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['registration', 'passport'] }),
    ],
  });
}

function withCalledTicket() {
  const core = new CoreDriver(office());
  core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
  core.draw(aKiosk(), 'registration');
  const ticket = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
  return { core, ticket };
}

describe('call-next', () => {
  it('refuses at a closed, paused or busy counter and when nobody waits', () => {
    const core = new CoreDriver(office());
    const call = { type: 'call-next', counterId: 'platz-1' } as const;
    expect(core.errorOf(aClerk(), call)).toBe('counter_closed');
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    expect(core.errorOf(aClerk(), call)).toBe('queue_empty');
    core.ok(aClerk(), { type: 'pause-counter', counterId: 'platz-1', reason: 'Mittag' });
    core.draw(aKiosk(), 'registration');
    expect(core.errorOf(aClerk(), call)).toBe('counter_paused');
    core.ok(aClerk(), { type: 'resume-counter', counterId: 'platz-1' });
    core.ok(aClerk(), call);
    core.draw(aKiosk(), 'registration');
    expect(core.errorOf(aClerk(), call)).toBe('counter_busy');
    expect(core.errorOf(aClerk('clerk2'), { type: 'call-next', counterId: 'platz-1' })).toBe('counter_taken');
  });

  it('assigns the ticket to the counter and counts the call', () => {
    const { core, ticket } = withCalledTicket();
    expect(ticket).toMatchObject({ state: 'called', counterId: 'platz-1', callCount: 1 });
    expect(core.state.counters['platz-1']?.currentTicketId).toBe(ticket.id);
    expect(core.state.recentCalls[0]).toMatchObject({
      number: 'A-001',
      counterName: 'Platz 1',
      recall: false,
    });
  });
});

describe('ticket actions', () => {
  it('recall counts another call and is shown as a recall', () => {
    const { core, ticket } = withCalledTicket();
    core.advance(1);
    expect(core.ok(aClerk(), { type: 'recall', ticketId: ticket.id })!.callCount).toBe(2);
    expect(core.state.recentCalls[0]?.recall).toBe(true);
  });

  it('start then finish serves the ticket and frees the counter', () => {
    const { core, ticket } = withCalledTicket();
    core.advance(1);
    expect(core.ok(aClerk(), { type: 'start', ticketId: ticket.id })!.state).toBe('serving');
    core.advance(7);
    const done = core.ok(aClerk(), { type: 'finish', ticketId: ticket.id })!;
    expect(done.state).toBe('done');
    expect(done.finishedAt! - done.startedAt!).toBe(7 * 60_000);
    expect(core.state.counters['platz-1']?.currentTicketId).toBeUndefined();
  });

  it('finishing a called ticket records the start too', () => {
    const { core, ticket } = withCalledTicket();
    const out = core.run(aClerk(), { type: 'finish', ticketId: ticket.id });
    expect(out.events.map((e) => e.type)).toEqual(['ticket.started', 'ticket.finished']);
  });

  it('no-show closes a called ticket but not a serving one', () => {
    const { core, ticket } = withCalledTicket();
    core.ok(aClerk(), { type: 'start', ticketId: ticket.id });
    expect(core.errorOf(aClerk(), { type: 'no-show', ticketId: ticket.id })).toBe('invalid_state');
    const again = withCalledTicket();
    expect(again.core.ok(aClerk(), { type: 'no-show', ticketId: again.ticket.id })!.state).toBe('no_show');
  });

  it('transfer keeps the number and the original place in time', () => {
    const { core, ticket } = withCalledTicket();
    core.advance(3);
    const moved = core.ok(aClerk(), { type: 'transfer', ticketId: ticket.id, serviceId: 'passport' })!;
    expect(moved).toMatchObject({
      number: 'A-001',
      serviceId: 'passport',
      state: 'waiting',
      transferCount: 1,
    });
    expect(moved.queuedAt).toBe(ticket.queuedAt);
    expect(core.state.counters['platz-1']?.currentTicketId).toBeUndefined();
  });

  it('park frees the counter and call-back calls the same ticket again', () => {
    const { core, ticket } = withCalledTicket();
    expect(core.ok(aClerk(), { type: 'park', ticketId: ticket.id })!.state).toBe('parked');
    core.draw(aKiosk(), 'registration');
    const other = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    expect(other.number).toBe('A-002');
    expect(core.errorOf(aClerk(), { type: 'call-back', ticketId: ticket.id, counterId: 'platz-1' })).toBe(
      'counter_busy',
    );
    core.ok(aClerk(), { type: 'finish', ticketId: other.id });
    const back = core.ok(aClerk(), { type: 'call-back', ticketId: ticket.id, counterId: 'platz-1' })!;
    expect(back).toMatchObject({ state: 'called', callCount: 2, counterId: 'platz-1' });
  });

  it('only the clerk at the ticket counter (or a supervisor) acts on it', () => {
    const { core, ticket } = withCalledTicket();
    core.ok(aClerk('clerk2'), { type: 'open-counter', counterId: 'platz-2' });
    expect(core.errorOf(aClerk('clerk2'), { type: 'start', ticketId: ticket.id })).toBe('not_your_ticket');
    expect(core.ok(aSupervisor(), { type: 'start', ticketId: ticket.id })!.state).toBe('serving');
  });

  it('cancel ends waiting and parked tickets only', () => {
    const { core, ticket } = withCalledTicket();
    expect(core.errorOf(aSupervisor(), { type: 'cancel', ticketId: ticket.id })).toBe('invalid_state');
    const waiting = core.draw(aKiosk(), 'registration');
    expect(core.ok(aSupervisor(), { type: 'cancel', ticketId: waiting.id })!.state).toBe('cancelled');
  });
});

describe('counters', () => {
  it('one clerk per counter and one counter per clerk', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' }); // repeat is harmless
    expect(core.errorOf(aClerk('clerk2'), { type: 'open-counter', counterId: 'platz-1' })).toBe(
      'counter_taken',
    );
    expect(core.errorOf(aClerk(), { type: 'open-counter', counterId: 'platz-2' })).toBe('counter_taken');
    core.ok(aClerk(), { type: 'close-counter', counterId: 'platz-1' });
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-2' });
  });

  it('cannot pause or close with a ticket at the counter; a supervisor may close another counter', () => {
    const { core, ticket } = withCalledTicket();
    expect(core.errorOf(aClerk(), { type: 'pause-counter', counterId: 'platz-1' })).toBe('counter_busy');
    expect(core.errorOf(aClerk(), { type: 'close-counter', counterId: 'platz-1' })).toBe('counter_busy');
    core.ok(aClerk(), { type: 'finish', ticketId: ticket.id });
    expect(core.errorOf(aClerk('clerk2'), { type: 'close-counter', counterId: 'platz-1' })).toBe(
      'counter_taken',
    );
    core.ok(aSupervisor(), { type: 'close-counter', counterId: 'platz-1' });
    expect(core.state.counters['platz-1']?.status).toBe('closed');
  });
});

describe('business day', () => {
  it('expires open tickets, closes counters and restarts numbering on the next day', () => {
    const { core } = withCalledTicket();
    core.draw(aKiosk(), 'registration');
    core.advance(16 * 60); // 01:00 the next day in Berlin
    const out = core.run(aKiosk(), {
      type: 'draw',
      serviceId: 'registration',
      channel: 'kiosk',
      priority: 'normal',
    });
    expect(out.events.map((e) => e.type)).toEqual([
      'ticket.expired',
      'ticket.expired',
      'counter.closed',
      'day.closed',
      'day.opened',
      'ticket.issued',
    ]);
    expect(core.state.businessDay).toBe('2026-11-24');
    expect(Object.values(core.state.tickets).map((t) => t.number)).toEqual(['A-001']);
    expect(core.state.counters['platz-1']?.status).toBe('closed');
  });

  it('changes at midnight in Berlin, not in UTC', () => {
    const core = new CoreDriver(office(), Date.UTC(2026, 10, 23, 22, 30)); // 23:30 Berlin
    expect(core.state.businessDay).toBe('2026-11-23');
    core.advance(45); // 00:15 Berlin, still 23:15 UTC
    core.ok(aKiosk(), { type: 'tick' });
    expect(core.state.businessDay).toBe('2026-11-24');
  });
});

describe('supervisor interventions', () => {
  it('reopens a no-show with its number and original place', () => {
    const { core, ticket } = withCalledTicket();
    core.ok(aClerk(), { type: 'no-show', ticketId: ticket.id });
    core.advance(5);
    expect(core.errorOf(aSupervisor(), { type: 'reopen', ticketId: 'ticket-id-unknown-000' })).toBe(
      'not_found',
    );
    const back = core.ok(aSupervisor(), { type: 'reopen', ticketId: ticket.id })!;
    expect(back).toMatchObject({
      number: 'A-001',
      state: 'waiting',
      queuedAt: ticket.queuedAt,
      callCount: 1,
    });
    expect(back.counterId).toBeUndefined();
    expect(core.errorOf(aSupervisor(), { type: 'reopen', ticketId: ticket.id })).toBe('invalid_state');
  });

  it('changes the priority class of a waiting ticket only', () => {
    const { core, ticket } = withCalledTicket();
    const waiting = core.draw(aKiosk(), 'registration');
    expect(
      core.ok(aSupervisor(), { type: 'set-priority', ticketId: waiting.id, priority: 'priority' })!.priority,
    ).toBe('priority');
    const seq = core.state.seq;
    core.ok(aSupervisor(), { type: 'set-priority', ticketId: waiting.id, priority: 'priority' });
    expect(core.state.seq).toBe(seq);
    expect(
      core.errorOf(aSupervisor(), { type: 'set-priority', ticketId: ticket.id, priority: 'normal' }),
    ).toBe('invalid_state');
  });
});

describe('no-show after N calls', () => {
  it('requires the configured number of calls before a no-show', () => {
    const core = new CoreDriver(
      anOffice({ calling: { normalPerPriority: 2, priorityWeight: 3, noShowAfterCalls: 2 } }),
    );
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'registration');
    const t = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    expect(core.errorOf(aClerk(), { type: 'no-show', ticketId: t.id })).toBe('invalid_state');
    core.ok(aClerk(), { type: 'recall', ticketId: t.id });
    expect(core.ok(aClerk(), { type: 'no-show', ticketId: t.id })!.state).toBe('no_show');
  });
});
