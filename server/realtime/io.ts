/**
 * Owns: the Socket.IO server — authentication in the handshake (session cookie or device
 * token), room membership derived from the credentials, a snapshot per office on connect, and
 * the command handlers.
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '#protocol/events.ts';
import { deviceRoom, officeRoom, userRoom } from '#protocol/rooms.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { Directory } from '../auth/directory.ts';
import type { Actor } from '../core/command.ts';
import { canAccessOffice } from '../engine/authorize.ts';
import type { Engine } from '../engine/engine.ts';
import type { Operations } from '../operations.ts';
import { registerHandlers } from './handlers.ts';
import { bindOn, type AppSocket } from './on.ts';

export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { actor: Actor }
>;

export interface RealtimeDeps {
  engine: Engine;
  ops: Operations;
  directory: Directory;
  reportError: (e: unknown, ctx: Record<string, unknown>) => string;
}

function appError(code: string, message: string): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error(message), { data: { code, message } });
}

export function createIo(httpServer: HttpServer): AppServer {
  return new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // Recovery replays missed packets after short drops; clients still resync on seq gaps.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
}

export function attachRealtime(io: AppServer, { engine, ops, directory, reportError }: RealtimeDeps): void {
  io.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Partial<HandshakeAuth>;
    if (auth.protocolVersion !== PROTOCOL_VERSION) {
      return next(
        appError('protocol_mismatch', `server speaks protocol ${PROTOCOL_VERSION}; reload the page`),
      );
    }
    const actor =
      typeof auth.deviceToken === 'string'
        ? directory.device(auth.deviceToken)?.actor
        : directory.fromSessionCookie(socket.handshake.headers.cookie);
    if (!actor) return next(appError('not_authenticated', 'log in or pair the device'));
    socket.data.actor = actor;
    next();
  });

  io.on('connection', (socket: AppSocket) => {
    const actor = socket.data.actor;
    const offices = engine.officeIds().filter((id) => canAccessOffice(actor, id));
    void socket.join([
      ...offices.map(officeRoom),
      ...(actor.kind === 'device' ? [deviceRoom(actor.deviceId)] : []),
      ...(actor.kind === 'user' ? [userRoom(actor.userId)] : []),
    ]);
    registerHandlers(bindOn(socket, reportError), ops);
    if (!socket.recovered) {
      for (const officeId of offices) {
        const snapshot = ops.snapshot(actor, officeId);
        if (snapshot.ok) socket.emit('office:snapshot', snapshot.data);
      }
    }
  });
}
