/**
 * Owns: the status page's socket — the public `/status` namespace, authenticated only by the
 * (unguessable) ticket id. The server sends the ticket's status at once and after every change
 * of its office; each one is checked before the page shows it.
 * Why a refused handshake is tried again later: Socket.IO gives up after a middleware refusal
 * (an unknown ticket, a server restarting with a newer protocol); the page keeps polling meanwhile
 * and stops both once the ticket is final or unknown.
 */
import { io, type Socket } from 'socket.io-client';
import { STATUS_NAMESPACE, type StatusServerToClientEvents } from '#protocol/events.ts';
import { TicketStatusView } from '#protocol/tickets.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { StatusFeedHandlers } from './model.ts';

const RETRY_REFUSED_MS = 30_000;

export function watchStatus(ticketId: string, on: StatusFeedHandlers): () => void {
  const socket: Socket<StatusServerToClientEvents> = io(STATUS_NAMESPACE, {
    auth: { protocolVersion: PROTOCOL_VERSION, ticketId },
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
  let retry: ReturnType<typeof setTimeout> | undefined;
  socket.on('connect', () => on.connected(true));
  socket.on('disconnect', () => on.connected(false));
  socket.on('connect_error', () => {
    on.connected(false);
    if (!socket.active) retry = setTimeout(() => socket.connect(), RETRY_REFUSED_MS);
  });
  socket.on('ticket:status', (status) => {
    const parsed = TicketStatusView.safeParse(status);
    if (parsed.success) on.status(parsed.data);
  });
  return () => {
    clearTimeout(retry);
    socket.disconnect();
  };
}
