/**
 * Owns: the one Socket.IO connection of an app — handshake auth, the `online` flag, commands with
 * an ack timeout, and delivering each office's snapshots and facts in seq order (office-sync.ts).
 * Does not: fold facts into state (office-fold.ts / office-model.ts) or render anything.
 * Why commands are never queued while offline: Socket.IO buffers emits until it reconnects, so a
 * "call next" typed during an outage would otherwise run minutes later, unexpectedly.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  FactName,
  HandshakeAuth,
  ServerToClientEvents,
} from '#protocol/events.ts';
import type { Result } from '#protocol/result.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { offline, type ClientError, type ClientResult } from './client-result.ts';
import type { Fact } from './office-fold.ts';
import {
  initialSync,
  receiveFact,
  receiveSnapshot,
  resetForReconnect,
  type SyncState,
} from './office-sync.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type CommandName = keyof ClientToServerEvents;
export type CommandPayload<K extends CommandName> = Parameters<ClientToServerEvents[K]>[0];
export type CommandData<K extends CommandName> =
  Parameters<Parameters<ClientToServerEvents[K]>[1]>[0] extends Result<infer T> ? T : never;

const FACT_NAMES = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:marked-no-show',
  'ticket:transferred',
  'ticket:parked',
  'ticket:cancelled',
  'ticket:expired',
  'ticket:reopened',
  'ticket:reprioritized',
  'counter:opened',
  'counter:paused',
  'counter:resumed',
  'counter:closed',
  'counter:services-changed',
  'office:day-closed',
] as const satisfies readonly FactName[];
// A fact added to the protocol but not listed above fails to compile here.
const everyFactListed: Exclude<FactName, (typeof FACT_NAMES)[number]> extends never ? true : false = true;
void everyFactListed;

export interface OfficeListener {
  /** the office's state is replaced */
  snapshot?(snapshot: OfficeSnapshot): void;
  /** the next fact, in seq order, to fold into the state */
  fact?(fact: Fact): void;
  /** a fact that arrived as news (never a replay), e.g. a call to announce; may precede `fact` */
  live?(fact: Fact): void;
}

/**
 * Events outside the office sequence, addressed to this device or user only: no seq, no resync —
 * a missed one is not replayed (a check-in result is shown when it happens, or not at all).
 */
export type DirectEventName =
  'kiosk:check-in-result' | 'device:status-changed' | 'office:queues' | 'office:setup-changed';
export type DirectEventPayload<E extends DirectEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface Connection {
  readonly online: ReadonlySignal<boolean>;
  /** the server refused the handshake (bad token, expired session, other protocol version) */
  readonly refused: ReadonlySignal<ClientError | undefined>;
  command<K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<ClientResult<CommandData<K>>>;
  subscribe(listener: OfficeListener): () => void;
  /** calls `handler` with each `event` addressed to this socket; returns the unsubscribe */
  listen<E extends DirectEventName>(event: E, handler: (payload: DirectEventPayload<E>) => void): () => void;
  close(): void;
}

export interface ConnectionOptions {
  deviceToken?: string | undefined;
  ackTimeoutMs?: number;
  /** how long to wait before trying again after the handshake was refused */
  retryRefusedMs?: number;
  /** tests pass a fake; the apps use the real same-origin socket */
  socket?: AppSocket;
}

export function createConnection(options: ConnectionOptions = {}): Connection {
  const ackTimeoutMs = options.ackTimeoutMs ?? 5000;
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION };
  if (options.deviceToken) auth.deviceToken = options.deviceToken;
  // WebSocket first: on the office LAN it delivers a call to the display without long-poll
  // round trips; polling remains the fallback where a proxy blocks the upgrade.
  const socket: AppSocket =
    options.socket ??
    io({
      auth: { ...auth },
      withCredentials: true,
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
    });
  const online = signal(socket.connected);
  const refused = signal<ClientError | undefined>(undefined);
  const listeners = new Set<OfficeListener>();
  const syncs = new Map<string, SyncState>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let connectedBefore = false;

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), fn()), ms);
    timers.add(timer);
  };
  const emit = <K extends keyof OfficeListener>(
    kind: K,
    arg: Parameters<NonNullable<OfficeListener[K]>>[0],
  ) => {
    for (const l of listeners) (l[kind] as ((a: typeof arg) => void) | undefined)?.(arg);
  };

  function connected(withinMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        socket.off('connect', onConnect);
        resolve(value);
      };
      const onConnect = () => done(true);
      const timer = setTimeout(() => done(socket.connected), withinMs);
      socket.on('connect', onConnect);
    });
  }

  async function command<K extends CommandName>(
    name: K,
    payload: CommandPayload<K>,
  ): Promise<ClientResult<CommandData<K>>> {
    // A short blip should not fail a touch on the kiosk: wait for the reconnect, but only as long
    // as an answer would take, so nothing is sent long after the person gave up.
    if (!socket.connected && !(await connected(ackTimeoutMs))) {
      return offline(`not connected; ${name} was not sent`);
    }
    // The typed overloads of emitWithAck do not resolve through a generic K; the map above is the contract.
    const untyped = socket.timeout(ackTimeoutMs) as unknown as {
      emitWithAck(ev: string, payload: unknown): Promise<ClientResult<CommandData<K>>>;
    };
    try {
      return await untyped.emitWithAck(name, payload);
    } catch {
      return offline(`no answer to ${name} within ${ackTimeoutMs} ms`);
    }
  }

  function applySnapshot(snapshot: OfficeSnapshot) {
    const step = receiveSnapshot(syncs.get(snapshot.officeId) ?? initialSync, snapshot.seq);
    syncs.set(snapshot.officeId, step.sync);
    if (!step.accepted) return;
    emit('snapshot', snapshot);
    for (const fact of step.apply) emit('fact', fact);
    if (step.requestSnapshot) void requestSnapshot(snapshot.officeId);
  }

  async function requestSnapshot(officeId: string) {
    const result = await command('office:get-snapshot', { officeId });
    if (result.ok) applySnapshot(result.data);
    // No answer: try again while connected; a reconnect asks by itself.
    else if (socket.connected) later(2000, () => void requestSnapshot(officeId));
  }

  function onFact(fact: Fact) {
    const officeId = fact.payload.officeId;
    const step = receiveFact(syncs.get(officeId) ?? initialSync, fact);
    syncs.set(officeId, step.sync);
    if (step.fresh) emit('live', fact);
    for (const f of step.apply) emit('fact', f);
    if (step.requestSnapshot) void requestSnapshot(officeId);
  }

  socket.on('office:snapshot', applySnapshot);
  for (const name of FACT_NAMES) {
    socket.on(name, (payload: Fact['payload']) => onFact({ name, payload } as Fact));
  }
  socket.on('connect', () => {
    online.value = true;
    refused.value = undefined;
    if (connectedBefore) {
      for (const [officeId, sync] of syncs) {
        syncs.set(officeId, resetForReconnect(sync));
        void requestSnapshot(officeId);
      }
    }
    connectedBefore = true;
  });
  socket.on('disconnect', (reason) => {
    online.value = false;
    // The server cut this socket because its rights changed (an admin edited the device or the
    // user): Socket.IO would stay away; come back and get the new rights in the handshake.
    if (reason === 'io server disconnect') later(500, () => socket.connect());
  });
  socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    online.value = false;
    // `active` is false when a server middleware refused us; Socket.IO then stops retrying.
    if (socket.active) return;
    const code = error.data?.code ?? error.message;
    refused.value = { code: isKnownRefusal(code) ? code : 'not_authenticated', message: error.message };
    later(options.retryRefusedMs ?? 15_000, () => socket.connect());
  });

  return {
    online,
    refused,
    command,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listen(event, handler) {
      // The typed overloads of on/off do not resolve through a generic E; the union above is the contract.
      const untyped = socket as unknown as {
        on(ev: string, fn: (payload: never) => void): void;
        off(ev: string, fn: (payload: never) => void): void;
      };
      untyped.on(event, handler);
      return () => untyped.off(event, handler);
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      socket.disconnect();
    },
  };
}

function isKnownRefusal(code: string): code is 'not_authenticated' | 'forbidden' | 'protocol_mismatch' {
  return code === 'not_authenticated' || code === 'forbidden' || code === 'protocol_mismatch';
}
