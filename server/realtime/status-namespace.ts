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

  ns.on('connection', (socket) => {
    const ticketId = (socket.data as { ticketId: string }).ticketId;
    void socket.join(`${ROOM}${ticketId}`);
    const status = ops.ticketStatus(ticketId);
    if (status.ok) socket.emit('ticket:status', status.data);
  });

  /** After a change in an office: every watched ticket of it gets its fresh status. */
  return (officeId: string): void => {
    for (const room of ns.adapter.rooms.keys()) {
      if (!room.startsWith(ROOM)) continue;
      const ticketId = room.slice(ROOM.length);
      if (engine.officeOfTicket(ticketId) !== officeId) continue;
      const status = ops.ticketStatus(ticketId);
      if (status.ok) ns.to(room).emit('ticket:status', status.data);
    }
  };
}
