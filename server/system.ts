/**
 * Owns: assembling a running aufruf from its parts — createSystem(deps) wires engine, HTTP,
 * Socket.IO and printing around an injected store, clock and configuration. main.ts and the
 * integration tests both call it; nothing here reads the environment.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server as HttpServer } from 'node:http';
import type { PrintedJob } from '#printer';
import { Directory } from './auth/directory.ts';
import { Sessions } from './auth/sessions.ts';
import type { Config, DeviceConfig, UserConfig } from './config/schema.ts';
import { toSetup } from './config/to-setup.ts';
import { Engine } from './engine/engine.ts';
import { createHttpApp } from './http/app.ts';
import type { StaticOptions } from './http/static.ts';
import type { Logger } from './log.ts';
import { createOperations } from './operations.ts';
import { startKioskAgent, type KioskAgent } from '../kiosk/agent/agent.ts';
import { deviceRoom, officeRoom, staffRoom, userRoom } from '#protocol/rooms.ts';
import { AdminService } from './admin/admin-service.ts';
import { StatisticsService } from './stats/statistics-service.ts';
import { EstimateService } from './estimates/estimate-service.ts';
import { documentOf, validateDocument, type SetupDocument } from './admin/setup-document.ts';
import { DeviceRegistry } from './devices/registry.ts';
import { createAgentPrinting } from './printing/agent-printing.ts';
import { createTicketPrinting, createTransports } from './printing/ticket-printing.ts';
import { attachRealtime, createIo, type AppServer } from './realtime/io.ts';
import { createPublisher } from './realtime/publish.ts';
import { attachStatusNamespace } from './realtime/status-namespace.ts';
import { applyRetention } from './store/retention.ts';
import type { Store } from './store/store.ts';

export interface SystemDeps {
  config: Config;
  store: Store;
  clock: () => number;
  log: Logger;
  sessionSecret: Buffer;
  staticOptions: StaticOptions;
  /** port of the virtual printer, when the configuration uses it */
  virtualPrinterPort?: () => number | undefined;
  printerJobs?: () => PrintedJob[];
  /**
   * Where the configuration came from: "demo" or "file". The data directory remembers which one
   * seeded it, so a demo setup (with its known passwords) never runs a real office by accident.
   */
  seed?: string;
  /** where admins' backups of the data directory go (POST /api/admin/backups); absent: none */
  backupDir?: string | undefined;
}

export interface System {
  httpServer: HttpServer;
  io: AppServer;
  engine: Engine;
  devices: DeviceRegistry;
  admin: AdminService;
  /** Runs the kiosk agent code in this process for every kiosk configured as `embedded`. */
  startEmbeddedAgents(serverUrl: string): Promise<void>;
  close(): Promise<void>;
}

export async function createSystem(deps: SystemDeps): Promise<System> {
  const { store, clock, log } = deps;
  // What admins changed while running wins over the file: the file seeds the first start.
  const stored = await loadStoredSetup(deps.config, store, deps.seed ?? 'demo');
  const config: Config = {
    ...deps.config,
    offices: stored.offices,
    users: stored.users,
    devices: stored.devices,
  };
  if (stored.revision > 0)
    log.info({ revision: stored.revision }, 'offices, users and devices as edited by admins (setup.json)');
  const reportError = (error: unknown, context: Record<string, unknown>): string => {
    const id = randomBytes(6).toString('hex');
    log.error({ err: error, errorId: id, ...context }, 'unexpected error');
    return id;
  };
  // Socket.IO wraps the request listener that exists when it attaches and keeps /socket.io/ for
  // itself; so Express goes in through this listener, never as a second one beside Socket.IO.
  let handle: RequestListener = (_req, res) => res.writeHead(503).end();
  const httpServer = createServer((req, res) => handle(req, res));
  const io = createIo(httpServer);
  const publishFacts = createPublisher(io, (id) => engine.setup(id));
  // Set once operations exist (below); until then no status page can be connected anyway.
  let notifyStatusPages: (officeId: string) => void = () => {};
  // Set once statistics and estimates exist (below): a closed day is summarized once, right after
  // it closes, and the estimates learn from it; every change updates the estimates.
  let summarizeClosedDays: (officeId: string, businessDay: string) => void = () => {};
  let estimatesChanged: (officeId: string) => void = () => {};
  const engine = await Engine.open({
    setups: config.offices.map(toSetup),
    store,
    clock,
    newTicketId: () => randomBytes(16).toString('base64url'),
    publish: (officeId, events, record) => {
      publishFacts(officeId, events, record);
      notifyStatusPages(officeId);
      estimatesChanged(officeId);
      for (const e of events) if (e.type === 'day.closed') summarizeClosedDays(officeId, e.businessDay);
    },
    reportError,
  });
  const directory = new Directory(
    config.users,
    config.devices,
    new Sessions(
      deps.sessionSecret,
      config.sessionHours * 3600_000,
      clock,
      (await store.loadRevokedSessions?.()) ?? {},
      store.saveRevokedSessions ? (revoked) => store.saveRevokedSessions!(revoked) : undefined,
    ),
  );
  const devices = new DeviceRegistry(config.devices, clock, (officeIds, status) => {
    for (const officeId of officeIds) io.to(staffRoom(officeId)).emit('device:status-changed', status);
  });
  const printerFor = (deviceId: string) => directory.deviceConfig(deviceId)?.printer ?? config.printer;
  const transportFor = createTransports(deps.virtualPrinterPort ?? (() => undefined));
  const direct = createTicketPrinting(printerFor, transportFor);
  const printing = createAgentPrinting(io, devices, {
    // Until an embedded agent has connected the server prints itself; a remote agent that is
    // offline cannot be stood in for: the printer is on the kiosk PC.
    print: (deviceId, job) =>
      directory.deviceConfig(deviceId)?.agent === 'remote'
        ? Promise.resolve({ status: 'failed', reason: 'the kiosk agent is offline' })
        : direct.print(deviceId, job),
  });
  const agents = new Map<string, KioskAgent>();
  let agentServerUrl: string | undefined;
  const startAgent = async (kiosk: DeviceConfig) => {
    if (!agentServerUrl || agents.has(kiosk.id)) return;
    const agent = startKioskAgent({
      serverUrl: agentServerUrl,
      deviceToken: directory.issueInternalToken(kiosk.id),
      printer: transportFor(printerFor(kiosk.id)),
      log: log.child({ module: 'agent', deviceId: kiosk.id }),
      version: 'embedded',
    });
    agents.set(kiosk.id, agent);
    return agent.ready;
  };
  /** Each step on its own: one failing must not keep a revocation from taking effect. */
  const step = (name: string, fn: () => unknown) => {
    try {
      const result = fn();
      if (result instanceof Promise) result.catch((error: unknown) => reportError(error, { during: name }));
    } catch (error) {
      reportError(error, { during: name });
    }
  };
  const embeddedKiosks = (devices: DeviceConfig[]) =>
    devices.filter((d) => d.kind === 'kiosk' && d.agent === 'embedded');

  const admin = new AdminService(stored, {
    boot: deps.config,
    store,
    clock,
    exclusive: (fn) => engine.exclusive(fn),
    stateOf: (officeId) => engine.state(officeId),
    backupDir: deps.backupDir,
    reportError,
    async apply(next, previous) {
      // Who may do what first: a revoked token or a removed user stops with the next request.
      step('directory', () => directory.replace(next.users, next.devices));
      step('devices', () => devices.replaceDevices(next.devices));
      // Sockets keep the rights of their handshake: whoever's rights changed is cut and comes
      // back (the apps and agents reconnect by themselves) with the new ones — or is refused.
      for (const before of previous.devices) {
        const after = next.devices.find((d) => d.id === before.id);
        if (!after || deviceRightsChanged(before, after))
          step('cut device', () => io.in(deviceRoom(before.id)).disconnectSockets(true));
      }
      for (const before of previous.users) {
        const after = next.users.find((u) => u.username === before.username);
        if (!after || userRightsChanged(before, after))
          step('cut user', () => io.in(userRoom(before.username)).disconnectSockets(true));
      }
      try {
        await engine.configure(next.offices.map(toSetup));
      } catch (error) {
        reportError(error, { during: 'engine configure' });
      }
      // Names, counters and services are part of the snapshot: everyone watching gets a fresh one.
      for (const office of next.offices) {
        step('resend snapshots', async () => {
          for (const socket of await io.in(officeRoom(office.id)).fetchSockets()) {
            const actor = socket.data.actor;
            const snapshot = actor ? ops.snapshot(actor, office.id) : undefined;
            if (snapshot?.ok) socket.emit('office:snapshot', snapshot.data);
          }
        });
      }
      for (const office of next.offices)
        step('notify', () =>
          io.to(officeRoom(office.id)).emit('office:setup-changed', { officeId: office.id }),
        );
      // An embedded agent whose kiosk changed (printer, token) or went away starts over; never
      // awaited here, so a slow printer cannot hold up admin changes.
      for (const [id, agent] of agents) {
        const before = previous.devices.find((d) => d.id === id);
        const after = embeddedKiosks(next.devices).find((d) => d.id === id);
        if (!after || JSON.stringify(after) !== JSON.stringify(before)) {
          agents.delete(id);
          step('stop agent', () => agent.close());
        }
      }
      for (const kiosk of embeddedKiosks(next.devices)) step('start agent', () => startAgent(kiosk));
    },
  });

  const statistics = new StatisticsService(engine, store, clock);
  const estimates = new EstimateService({
    engine,
    history: (officeId, days) => statistics.lastDays(officeId, days),
    clock,
    pushQueues: (officeId, asOfSeq, queues) => {
      io.to(officeRoom(officeId)).emit('office:queues', { officeId, asOfSeq, queues });
      // Status pages show each ticket's own estimate: tell them the fresh ones are there.
      notifyStatusPages(officeId);
    },
    reportError,
  });
  /** Work started in the background (day summaries, learning): closing waits for it. */
  const background = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    background.add(work);
    void work.finally(() => background.delete(work));
  };
  const learn = (officeId: string) =>
    estimates
      .learn(officeId)
      .catch((error: unknown) => reportError(error, { during: 'learning service times', officeId }));
  for (const officeId of engine.officeIds()) track(learn(officeId));
  estimatesChanged = (officeId) => estimates.changed(officeId);
  const retention = () =>
    applyRetention(
      {
        store,
        clock,
        offices: () => engine.officeIds().flatMap((id) => engine.setup(id) ?? []),
        summarize: (officeId, day) => statistics.summarize(officeId, day),
      },
      config.retention,
    )
      .then((done) => {
        if (done.archivesDeleted + done.auditFilesDeleted > 0)
          log.info(done, 'retention: old records deleted');
      })
      .catch((error: unknown) => reportError(error, { during: 'retention' }));
  track(retention());
  summarizeClosedDays = (officeId, businessDay) =>
    track(
      statistics
        .summarize(officeId, businessDay)
        .then(() => learn(officeId))
        .then(retention)
        .catch((error: unknown) => reportError(error, { during: 'day statistics', officeId, businessDay })),
    );

  const ops = createOperations({
    engine,
    printing,
    clock,
    publicUrl: config.publicUrl,
    devicesFor: (officeId) => devices.forOffice(officeId),
    estimates,
  });
  const app = createHttpApp({
    engine,
    admin,
    statistics,
    ops,
    directory,
    staticOptions: deps.staticOptions,
    printerJobs: deps.printerJobs ?? (() => []),
    reportError,
    auditSession: (action, username, address) =>
      store.appendAudit({
        at: clock(),
        by: username,
        action,
        target: address ?? 'unknown address',
        revision: admin.document.revision,
        changes: [],
      }),
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    publicUrl: config.publicUrl,
    startedAt: clock(),
    clock,
  });
  handle = app;
  attachRealtime(io, { engine, ops, directory, devices, clock, reportError, publicUrl: config.publicUrl });
  notifyStatusPages = attachStatusNamespace(io, engine, ops);

  // Close business days at midnight even when nobody draws or calls.
  const dayTimer = setInterval(() => void engine.tick(), 30_000);
  dayTimer.unref();

  return {
    httpServer,
    io,
    engine,
    devices,
    admin,
    async startEmbeddedAgents(serverUrl) {
      agentServerUrl = serverUrl;
      for (const kiosk of embeddedKiosks(admin.document.devices)) await startAgent(kiosk);
    },
    async close() {
      clearInterval(dayTimer);
      estimates.close();
      await Promise.allSettled([...background]);
      agentServerUrl = undefined;
      for (const agent of agents.values()) await agent.close();
      agents.clear();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await engine.close();
      await store.close();
    },
  };
}

/**
 * The setup to run with: the admin-edited one from the store, checked against today's schema,
 * or the configuration's own (revision 0). A stored setup that no longer validates stops the
 * start with every problem listed, rather than running with half of it.
 */
async function loadStoredSetup(config: Config, store: Store, seed: string): Promise<SetupDocument> {
  const stored = await store.loadSetup();
  if (!stored) return documentOf(config, seed);
  if ((stored.seed ?? 'demo') !== seed) {
    throw new Error(
      `the data directory was set up from the ${stored.seed ?? 'demo'} configuration and now runs with the ${seed} one; ` +
        'use another data directory, or move setup.json away to start from the configuration file',
    );
  }
  const checked = validateDocument(config, stored as unknown as SetupDocument);
  if (!checked.ok) {
    const lines = checked.problems.map((p) => `${p.field}: ${p.message}`);
    throw new Error(
      `the stored setup (setup.json, revision ${stored.revision}) is invalid:\n  ${lines.join('\n  ')}`,
    );
  }
  return { revision: stored.revision, seed, ...checked.value };
}

/** Rights a device's sockets were admitted with: its tokens, kind and offices. */
function deviceRightsChanged(before: DeviceConfig, after: DeviceConfig): boolean {
  return (
    before.tokenHash !== after.tokenHash ||
    before.agentTokenHash !== after.agentTokenHash ||
    before.kind !== after.kind ||
    JSON.stringify(before.offices) !== JSON.stringify(after.offices)
  );
}

/** Rights a user's sockets were admitted with (a new password also ends older sessions). */
function userRightsChanged(before: UserConfig, after: UserConfig): boolean {
  return (
    before.role !== after.role ||
    before.passwordHash !== after.passwordHash ||
    JSON.stringify(before.offices) !== JSON.stringify(after.offices) ||
    JSON.stringify(before.permissions) !== JSON.stringify(after.permissions)
  );
}
