/**
 * Owns: which domain event becomes which fact on the wire, and for whom. Every fact goes to the
 * office room with the office `seq`; payloads are ticket and counter views, which hold no
 * personal data, so displays may receive them too.
 */
import type { Server } from 'socket.io';
import type { ClientToServerEvents, FactName, ServerToClientEvents } from '#protocol/events.ts';
import { officeRoom } from '#protocol/rooms.ts';
import type { DomainEvent, DomainEventType } from '../core/events.ts';
import type { OfficeSetup } from '../core/setup.ts';
import { counterView } from '../core/views.ts';
import type { OfficeRecord } from '../store/store.ts';

type Io = Server<ClientToServerEvents, ServerToClientEvents>;

const TICKET_FACTS: Partial<Record<DomainEventType, FactName>> = {
  'ticket.issued': 'ticket:issued',
  'ticket.started': 'ticket:started',
  'ticket.finished': 'ticket:finished',
  'ticket.no_show': 'ticket:marked-no-show',
  'ticket.transferred': 'ticket:transferred',
  'ticket.parked': 'ticket:parked',
  'ticket.cancelled': 'ticket:cancelled',
  'ticket.expired': 'ticket:expired',
  'ticket.reopened': 'ticket:reopened',
  'ticket.reprioritized': 'ticket:reprioritized',
};

const COUNTER_FACTS: Partial<Record<DomainEventType, FactName>> = {
  'counter.opened': 'counter:opened',
  'counter.paused': 'counter:paused',
  'counter.resumed': 'counter:resumed',
  'counter.closed': 'counter:closed',
  'counter.services_set': 'counter:services-changed',
};

export function createPublisher(io: Io, setupOf: (officeId: string) => OfficeSetup | undefined) {
  return (officeId: string, events: DomainEvent[], record: OfficeRecord): void => {
    const setup = setupOf(officeId);
    if (!setup) return;
    const room = io.to(officeRoom(officeId));
    const state = record.state;
    for (const e of events) {
      const base = { officeId, seq: e.seq, at: e.at };
      // Views come from the committed state: for a batch, the newest view of each ticket is sent
      // with every fact about it, which is what a client should show.
      if ('ticketId' in e || e.type === 'ticket.issued') {
        const ticketId = e.type === 'ticket.issued' ? e.ticket.id : e.ticketId;
        const ticket = state.tickets[ticketId] ?? (e.type === 'ticket.issued' ? e.ticket : undefined);
        if (!ticket) {
          // The ticket belongs to a day that closed in the same batch: only the seq matters now.
          continue;
        }
        if (e.type === 'ticket.called' || e.type === 'ticket.recalled') {
          const counter = setup.counters.find((c) => c.id === e.counterId);
          const call = {
            number: ticket.number,
            counterId: e.counterId,
            counterName: counter?.name ?? e.counterId,
            departmentId: ticket.departmentId,
            serviceId: ticket.serviceId,
            calledAt: e.at,
            recall: e.type === 'ticket.recalled',
          };
          room.emit(e.type === 'ticket.called' ? 'ticket:called' : 'ticket:recalled', {
            ...base,
            ticket,
            call,
          });
          continue;
        }
        const name = TICKET_FACTS[e.type];
        if (name) room.emit(name as 'ticket:issued', { ...base, ticket });
        continue;
      }
      if ('counterId' in e) {
        const counter = counterView(state, setup, e.counterId);
        const name = COUNTER_FACTS[e.type];
        if (counter && name) room.emit(name as 'counter:opened', { ...base, counter });
        continue;
      }
      if (e.type === 'day.closed') room.emit('office:day-closed', { ...base, businessDay: e.businessDay });
    }
  };
}
