import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketState, TicketView } from '#protocol/tickets.ts';
import type { ClientResult } from '#web/client-result.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import type { Fact, OfficeState } from '#web/office-fold.ts';
import { BoardModel } from './board.ts';
import { NOW, aCounter, aSetup, aState, aTicket } from './board-fixtures.ts';

const office = { id: 'o', ...aSetup({ maxWaiting: 1 }) } as unknown as OfficeView;

function setup(initial: OfficeState, noShowAnswers: TicketView[][] = [[]]) {
  const connection = createFakeConnection();
  const state = signal<OfficeState | undefined>(initial);
  const requests: TicketState[][] = [];
  const api = {
    todaysTickets: async (_officeId: string, states: readonly TicketState[]) => {
      requests.push([...states]);
      return { ok: true, data: { tickets: noShowAnswers.shift() ?? [] } } as ClientResult<{
        tickets: TicketView[];
      }>;
    },
  };
  const board = new BoardModel({
    connection,
    state,
    api,
    officeId: signal('o'),
    office: signal(office),
    clock: () => NOW,
  });
  return { connection, state, board, requests };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('board actions', () => {
  it('is pending until the server answers, then tells what was done', async () => {
    const ticket = aTicket();
    const { connection, board } = setup(aState({ tickets: [ticket] }));
    const done = board.setPriority(ticket.id, 'priority');
    expect(board.pending.value).toEqual({ [ticket.id]: 'priority' });
    await done;
    expect(connection.sent).toEqual([
      { name: 'ticket:set-priority', payload: { ticketId: ticket.id, priority: 'priority' } },
    ]);
    expect(board.pending.value).toEqual({});
    expect(board.outcome.value).toEqual({ action: 'priority', targetId: ticket.id, label: ticket.number });
  });

  it('keeps a refusal with the number, and says where the ticket is now', async () => {
    const ticket = aTicket();
    const { connection, board, state } = setup(aState({ tickets: [ticket] }));
    connection.answers['ticket:cancel'] = [
      { ok: false, error: { code: 'invalid_state', message: 'called meanwhile' } },
    ];
    board.openForm({ kind: 'cancel', targetId: ticket.id });
    // Meanwhile a clerk called it.
    state.value = aState({ tickets: [{ ...ticket, state: 'called' }] });
    expect(await board.cancel(ticket.id)).toBe(false);
    expect(board.outcome.value).toMatchObject({
      action: 'cancel',
      label: ticket.number,
      error: { code: 'invalid_state' },
    });
    expect(board.stateNow(ticket.id)).toBe('called');
    // The confirmation stays open on a refusal, so the supervisor sees what it was about.
    expect(board.form.value).toEqual({ kind: 'cancel', targetId: ticket.id });
  });

  it('sends a transfer with the chosen counter and "to the front" only when chosen', async () => {
    const ticket = aTicket();
    const { connection, board } = setup(aState({ tickets: [ticket] }));
    board.openForm({ kind: 'transfer', targetId: ticket.id });
    await board.transfer(ticket.id, { serviceId: 'meldung', toFront: false });
    await board.transfer(ticket.id, { serviceId: 'meldung', counterId: 'platz-4', toFront: true });
    expect(connection.sent.map((s) => s.payload)).toEqual([
      { ticketId: ticket.id, serviceId: 'meldung' },
      { ticketId: ticket.id, serviceId: 'meldung', counterId: 'platz-4', toFront: true },
    ]);
    expect(board.form.value).toBeUndefined();
  });

  it('does not send a second action for a ticket while one is pending', async () => {
    const ticket = aTicket();
    const { connection, board } = setup(aState({ tickets: [ticket] }));
    const first = board.cancel(ticket.id);
    expect(await board.setPriority(ticket.id, 'priority')).toBe(false);
    await first;
    expect(connection.sent.map((s) => s.name)).toEqual(['ticket:cancel']);
  });

  it('closes a counter a clerk left open', async () => {
    const { connection, board } = setup(aState({ counters: [aCounter({ id: 'platz-2', name: 'Platz 2' })] }));
    await board.closeCounter('platz-2');
    expect(connection.sent).toEqual([
      { name: 'counter:close', payload: { officeId: 'o', counterId: 'platz-2' } },
    ]);
    expect(board.outcome.value).toEqual({ action: 'close', targetId: 'platz-2', label: 'Platz 2' });
  });
});

describe('no-show list', () => {
  const noShow = aTicket({ state: 'no_show', finishedAt: NOW - 1000 });
  const later = aTicket({ state: 'no_show', finishedAt: NOW });

  it('is fetched when the board is shown, newest first, and again when a no-show or reopen happens', async () => {
    const { connection, board, requests } = setup(aState(), [[noShow, later], [later]]);
    expect(requests).toEqual([]);
    board.watch(true);
    await flush();
    expect(requests).toEqual([['no_show']]);
    expect(board.noShows.value.map((t) => t.id)).toEqual([later.id, noShow.id]);

    const fact = {
      name: 'ticket:reopened',
      payload: { officeId: 'o', seq: 2, at: NOW, ticket: { ...noShow, state: 'waiting' } },
    } as Fact;
    connection.pushFact(fact);
    await flush();
    expect(requests).toHaveLength(2);
    expect(board.noShows.value.map((t) => t.id)).toEqual([later.id]);
    // Facts of other kinds do not fetch it again.
    connection.pushFact({ ...fact, name: 'ticket:issued' } as Fact);
    await flush();
    expect(requests).toHaveLength(2);
  });

  it('reopens a no-show by its id and labels the outcome with its number', async () => {
    const { connection, board } = setup(aState(), [[noShow], []]);
    board.watch(true);
    await flush();
    await board.reopen(noShow.id);
    expect(connection.sent).toEqual([{ name: 'ticket:reopen', payload: { ticketId: noShow.id } }]);
    expect(board.outcome.value).toMatchObject({ action: 'reopen', label: noShow.number, error: undefined });
  });
});

describe('alarms on the board', () => {
  it('derives them from the state and announces only the ones that appear', () => {
    const { board, state } = setup(aState({ counters: [aCounter({ activeServiceIds: ['ausweis'] })] }));
    expect(board.alarms.value).toEqual([]);
    state.value = aState({
      counters: [aCounter({ activeServiceIds: ['ausweis'] })],
      tickets: [aTicket(), aTicket()],
    });
    expect(board.alarms.value.map((a) => a.key)).toEqual(['too-many:ausweis']);
    expect(board.announced.value.map((a) => a.key)).toEqual(['too-many:ausweis']);
    // A third ticket changes the count, not the set of alarms: nothing new is announced.
    const before = board.announced.value;
    state.value = aState({
      counters: [aCounter({ activeServiceIds: ['ausweis'] })],
      tickets: [aTicket(), aTicket(), aTicket({ serviceId: 'meldung' })],
    });
    expect(board.alarms.value.map((a) => a.key)).toEqual(['uncovered:meldung', 'too-many:ausweis']);
    expect(board.announced.value.map((a) => a.key)).toEqual(['uncovered:meldung']);
    expect(before.map((a) => a.key)).toEqual(['too-many:ausweis']);
  });
});
