/**
 * Owns: the Socket.IO server — authentication in the handshake (session cookie or device
 * token), room membership derived from the credentials, a snapshot per office on connect, and
 * the command handlers.
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '#protocol/events.ts';
import { IdentityCheckIn } from '#protocol/appointments.ts';
import type { DrawResult } from '#protocol/events.ts';
import { DeviceReport } from '#protocol/devices.ts';
import { Language } from '#protocol/language.ts';
import { fail, ok, type Result } from '#protocol/result.ts';
import { agentRoom, deviceRoom, officeRoom, staffRoom, userRoom } from '#protocol/rooms.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { Directory } from '../auth/directory.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import { LoginLimiter } from '../auth/login-limiter.ts';
import { hostOf, sameOrigin } from '../http/same-origin.ts';
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
  { actor: Actor; agent: boolean }
>;

export interface RealtimeDeps {
  engine: Engine;
  ops: Operations;
  directory: Directory;
  devices: DeviceRegistry;
  clock: () => number;
  reportError: (e: unknown, ctx: Record<string, unknown>) => string;
  /** the public address (config `publicUrl`): also a valid Origin behind a reverse proxy */
  publicUrl?: string | undefined;
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

export function attachRealtime(
  io: AppServer,
  { engine, ops, directory, devices, clock, reportError, publicUrl }: RealtimeDeps,
): void {
  // ID-card check-ins answer "is there an appointment for this person today": a few per minute
  // and kiosk are plenty for citizens and far too few for probing.
  const identityChecks = new LoginLimiter(clock, {
    attemptsPerMinute: 10,
    concurrent: 4,
    queued: 16,
  });
  const publicHost = hostOf(publicUrl);
  io.use((socket, next) => {
    try {
      authenticate(socket, next);
    } catch (error) {
      // Socket.IO does not await middleware: a throw here would be an unhandled rejection.
      next(appError('internal_error', `handshake failed (${reportError(error, { during: 'handshake' })})`));
    }
  });

  function authenticate(socket: Parameters<Parameters<AppServer['use']>[0]>[0], next: (err?: Error) => void) {
    const auth = (socket.handshake.auth ?? {}) as Partial<HandshakeAuth>;
    if (auth.protocolVersion !== PROTOCOL_VERSION) {
      return next(
        appError('protocol_mismatch', `server speaks protocol ${PROTOCOL_VERSION}; reload the page`),
      );
    }
    // A staff session may not be used from another site's page (CSRF over WebSocket): the
    // browser's Origin must name this host. Devices authenticate with tokens, not cookies.
    const cookieOnly = typeof auth.deviceToken !== 'string';
    const { origin, host } = socket.handshake.headers;
    if (cookieOnly && !sameOrigin(origin, host, publicHost)) {
      return next(appError('forbidden', 'cross-site connection refused (Origin does not match)'));
    }
    const agent = auth.agent === true;
    const token = typeof auth.deviceToken === 'string' ? auth.deviceToken : undefined;
    const actor = agent
      ? directory.agent(token)?.actor
      : token !== undefined
        ? directory.device(token)?.actor
        : directory.fromSessionCookie(socket.handshake.headers.cookie);
    if (!actor)
      return next(appError('not_authenticated', agent ? 'unknown agent token' : 'log in or pair the device'));
    socket.data.actor = actor;
    socket.data.agent = agent;
    next();
  }

  io.on('connection', (socket: AppSocket) => {
    const actor = socket.data.actor;
    const offices = engine.officeIds().filter((id) => canAccessOffice(actor, id));
    void socket.join([
      ...offices.map(officeRoom),
      ...(actor.kind === 'device' ? [deviceRoom(actor.deviceId)] : []),
      ...(actor.kind === 'device' && socket.data.agent ? [agentRoom(actor.deviceId)] : []),
      ...(actor.kind === 'user' ? [userRoom(actor.userId), ...offices.map(staffRoom)] : []),
    ]);
    // Staff sockets re-check their session on every command: logout or expiry ends their rights.
    const stillValid = () =>
      actor.kind !== 'user' || directory.fromSessionCookie(socket.handshake.headers.cookie) !== undefined;
    const on = bindOn(socket, reportError, stillValid);
    // A kiosk agent's check-ins (ID card, scanned code) reach the kiosk page through its device room.
    const toKiosk = (result: Result<DrawResult>): Result<DrawResult> => {
      if (actor.kind === 'device' && socket.data.agent) {
        io.to(deviceRoom(actor.deviceId)).emit('kiosk:check-in-result', result);
      }
      return result;
    };
    registerHandlers(on, ops, toKiosk);
    if (actor.kind === 'device' && socket.data.agent) {
      const deviceId = actor.deviceId;
      devices.agentConnected(deviceId);
      socket.on('disconnect', () => devices.agentDisconnected(deviceId));
      on('device:report-status', DeviceReport, (_actor, report) => {
        devices.report(deviceId, report);
        return ok({ received: true as const });
      });
      // The card's name and birth date exist only in this call: hashed, matched, dropped.
      on(
        'appointment:check-in-identity',
        IdentityCheckIn.extend({ language: Language.optional() }),
        async (a, cmd) =>
          identityChecks.allow(deviceId)
            ? toKiosk(await ops.checkInByIdentity(a, cmd, cmd.language))
            : fail('rate_limited', 'too many card check-ins; wait a minute'),
      );
    } else {
      if (actor.kind === 'device') {
        const deviceId = actor.deviceId;
        devices.screenConnected(deviceId);
        socket.on('disconnect', () => devices.screenDisconnected(deviceId));
      }
      on('device:report-status', DeviceReport, () =>
        fail('forbidden', 'only kiosk agents report device status'),
      );
      on('appointment:check-in-identity', IdentityCheckIn, () =>
        fail('forbidden', 'only kiosk agents read ID cards'),
      );
    }
    if (!socket.recovered) {
      for (const officeId of offices) {
        const snapshot = ops.snapshot(actor, officeId);
        if (snapshot.ok) socket.emit('office:snapshot', snapshot.data);
      }
    }
  });
}
