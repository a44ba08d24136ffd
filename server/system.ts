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
import type { Config } from './config/schema.ts';
import { toSetup } from './config/to-setup.ts';
import { Engine } from './engine/engine.ts';
import { createHttpApp } from './http/app.ts';
import type { StaticOptions } from './http/static.ts';
import type { Logger } from './log.ts';
import { createOperations } from './operations.ts';
import { startKioskAgent, type KioskAgent } from '../kiosk/agent/agent.ts';
import { staffRoom } from '#protocol/rooms.ts';
import { DeviceRegistry } from './devices/registry.ts';
import { createAgentPrinting } from './printing/agent-printing.ts';
import { createTicketPrinting, createTransports } from './printing/ticket-printing.ts';
import { attachRealtime, createIo, type AppServer } from './realtime/io.ts';
import { createPublisher } from './realtime/publish.ts';
import { attachStatusNamespace } from './realtime/status-namespace.ts';
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
}

export interface System {
  httpServer: HttpServer;
  io: AppServer;
  engine: Engine;
  devices: DeviceRegistry;
  /** Runs the kiosk agent code in this process for every kiosk configured as `embedded`. */
  startEmbeddedAgents(serverUrl: string): Promise<void>;
  close(): Promise<void>;
}

export async function createSystem(deps: SystemDeps): Promise<System> {
  const { config, store, clock, log } = deps;
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
  const engine = await Engine.open({
    setups: config.offices.map(toSetup),
    store,
    clock,
    newTicketId: () => randomBytes(16).toString('base64url'),
    publish: (officeId, events, record) => {
      publishFacts(officeId, events, record);
      notifyStatusPages(officeId);
    },
    reportError,
  });
  const directory = new Directory(
    config.users,
    config.devices,
    new Sessions(deps.sessionSecret, config.sessionHours * 3600_000, clock),
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
  const ops = createOperations({
    engine,
    printing,
    clock,
    publicUrl: config.publicUrl,
    devicesFor: (officeId) => devices.forOffice(officeId),
  });
  const app = createHttpApp({
    engine,
    ops,
    directory,
    staticOptions: deps.staticOptions,
    printerJobs: deps.printerJobs ?? (() => []),
    reportError,
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    startedAt: clock(),
    clock,
  });
  handle = app;
  attachRealtime(io, { engine, ops, directory, devices, clock, reportError });
  notifyStatusPages = attachStatusNamespace(io, engine, ops);
  const agents: KioskAgent[] = [];

  // Close business days at midnight even when nobody draws or calls.
  const dayTimer = setInterval(() => void engine.tick(), 30_000);
  dayTimer.unref();

  return {
    httpServer,
    io,
    engine,
    devices,
    async startEmbeddedAgents(serverUrl) {
      const kiosks = config.devices.filter((d) => d.kind === 'kiosk' && d.agent === 'embedded');
      for (const kiosk of kiosks) {
        const agent = startKioskAgent({
          serverUrl,
          deviceToken: directory.issueInternalToken(kiosk.id),
          printer: transportFor(printerFor(kiosk.id)),
          log: log.child({ module: 'agent', deviceId: kiosk.id }),
          version: 'embedded',
        });
        agents.push(agent);
        await agent.ready;
      }
    },
    async close() {
      clearInterval(dayTimer);
      for (const agent of agents.splice(0)) await agent.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await engine.close();
      await store.close();
    },
  };
}
