/**
 * Owns: the public status feed for citizens' phones. A phone that knows a ticket's id (from the
 * QR code) joins that ticket's room in the `/status` namespace and gets its status at once and
 * after every change of its office. The id is unguessable; nothing else is readable here.
 * Why a namespace: these sockets have no credentials, so they must never reach the staff and
 * device handlers of the main namespace.
 */
import type { Namespace } from 'socket.io';
import { STATUS_NAMESPACE, type StatusServerToClientEvents } from '#protocol/events.ts';
import { TicketId } from '#protocol/ids.ts';
import type { TicketStatusView } from '#protocol/tickets.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { Engine } from '../engine/engine.ts';
import type { Operations } from '../operations.ts';
import type { AppServer } from './io.ts';

const ROOM = 'ticket:';

export function attachStatusNamespace(io: AppServer, engine: Engine, ops: Operations) {
  const ns = io.of(STATUS_NAMESPACE) as unknown as Namespace<
    Record<string, never>,
    StatusServerToClientEvents
  >;

  ns.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { protocolVersion?: unknown; ticketId?: unknown };
    const id = TicketId.safeParse(auth.ticketId);
    if (auth.protocolVersion !== PROTOCOL_VERSION || !id.success || !engine.officeOfTicket(id.data)) {
      return next(
        Object.assign(new Error('not_found'), {
          data: { code: 'not_found', message: 'no such ticket today' },
        }),
      );
    }
    socket.data = { ticketId: id.data };
    next();
  });

  // The last status sent per watched ticket: when its day closes the ticket leaves the live
  // state, and the phone still deserves a final "expired" instead of silence.
  const last = new Map<string, TicketStatusView>();

  ns.on('connection', (socket) => {
    const ticketId = (socket.data as { ticketId: string }).ticketId;
    const room = `${ROOM}${ticketId}`;
    void socket.join(room);
    const status = ops.ticketStatus(ticketId);
    if (status.ok) {
      last.set(ticketId, status.data);
      socket.emit('ticket:status', status.data);
    }
    socket.on('disconnect', () => {
      if (!ns.adapter.rooms.get(room)?.size) last.delete(ticketId);
    });
  });

  /** After a change in an office: every watched ticket of it gets its fresh status. */
  return (officeId: string): void => {
    for (const room of ns.adapter.rooms.keys()) {
      if (!room.startsWith(ROOM)) continue;
      const ticketId = room.slice(ROOM.length);
      const office = engine.officeOfTicket(ticketId);
      if (office === undefined) {
        const final = last.get(ticketId);
        if (final && !['done', 'no_show', 'cancelled', 'expired'].includes(final.state)) {
          const { waitEstimate: _gone, counterName: _none, ...rest } = final;
          ns.to(room).emit('ticket:status', { ...rest, state: 'expired', peopleAhead: 0 });
        }
        ns.in(room).disconnectSockets(true);
        last.delete(ticketId);
        continue;
      }
      if (office !== officeId) continue;
      const status = ops.ticketStatus(ticketId);
      if (status.ok) {
        last.set(ticketId, status.data);
        ns.to(room).emit('ticket:status', status.data);
      }
    }
  };
}
