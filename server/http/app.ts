/**
 * Owns: the Express application — security headers, body limits, the API routes, the apps, and
 * the last-resort error handler (malformed, oversized or undecodable requests → validation_failed;
 * anything else → internal_error with a correlation id, never the exception text).
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { PrintedJob } from '#printer';
import type { Directory } from '../auth/directory.ts';
import { LoginLimiter } from '../auth/login-limiter.ts';
import type { Engine } from '../engine/engine.ts';
import type { Operations } from '../operations.ts';
import { actorOf, unauthenticated } from './respond.ts';
import { hostOf, refuseCrossSiteChanges } from './same-origin.ts';
import { appointmentRoutes } from './routes/appointments.ts';
import { authRoutes } from './routes/auth.ts';
import { adminRoutes } from './routes/admin.ts';
import { statisticsRoutes } from './routes/statistics.ts';
import type { StatisticsService } from '../stats/statistics-service.ts';
import { displayRoutes } from './routes/display.ts';
import { kioskRoutes } from './routes/kiosk.ts';
import { officeRoutes } from './routes/offices.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { staticRoutes, type StaticOptions } from './static.ts';
import type { AdminService } from '../admin/admin-service.ts';

export interface HttpDeps {
  engine: Engine;
  statistics: StatisticsService;
  admin: AdminService;
  ops: Operations;
  directory: Directory;
  staticOptions: StaticOptions;
  printerJobs: () => PrintedJob[];
  reportError: (error: unknown, context: Record<string, unknown>) => string;
  /** audit entries for logins and logouts */
  auditSession: (action: string, username: string, address: string | undefined) => Promise<void>;
  secureCookies: boolean;
  /** the public address (config `publicUrl`): also a valid Origin behind a reverse proxy */
  publicUrl?: string | undefined;
  startedAt: number;
  clock: () => number;
}

/**
 * Scripts only from here, connections only back here ('self' covers ws/wss of the same host),
 * no plugins, frames or foreign forms. Inline styles stay allowed: components set positions and
 * sizes (uPlot, the wait meters) through style attributes. Behind https also HSTS.
 */
function securityHeaders(https: boolean) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    next();
  };
}

/** What the body parser says, by its error type. */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.parse.failed': 'request body is not valid JSON',
  'entity.too.large': 'request body too large',
  'charset.unsupported': 'unsupported charset of the request body',
  'encoding.unsupported': 'unsupported content encoding of the request body',
};

/**
 * A request the body parser or the router refused (broken JSON, too large, an unknown charset
 * or encoding, a malformed %-escape in the address): the client's fault, never a 500.
 */
function clientFault(error: unknown): { status: number; message: string } | undefined {
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (status !== 400 && status !== 413 && status !== 415) return undefined;
  return { status, message: (typeof type === 'string' && BODY_PROBLEMS[type]) || 'malformed request' };
}

export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(deps.secureCookies));
  app.use('/api', refuseCrossSiteChanges(hostOf(deps.publicUrl)));
  // Appointment imports carry up to a few thousand rows; every other body is small.
  app.use('/api/offices/:officeId/appointments', express.json({ limit: '2mb' }));
  app.use('/api', express.json({ limit: '32kb' }));

  const api = express.Router();
  // For monitoring: 503 while the last write failed (disk full, unwritable data directory), so
  // an operator hears of it before the clerks do; back to 200 with the next write that succeeds.
  api.get('/health', (_req, res) => {
    const storage = deps.engine.storageHealth();
    res.status(storage.ok ? 200 : 503).json({
      status: storage.ok ? 'ok' : 'storage_failing',
      offices: deps.engine.officeIds().length,
      uptimeSeconds: Math.round((deps.clock() - deps.startedAt) / 1000),
      ...(storage.lastFailureAt !== undefined
        ? { lastStorageFailure: new Date(storage.lastFailureAt).toISOString() }
        : {}),
    });
  });
  const limiter = new LoginLimiter(deps.clock);
  api.use(authRoutes(deps.directory, deps.secureCookies, limiter, deps.reportError, deps.auditSession));
  api.use(kioskRoutes(deps.directory, limiter));
  api.use(displayRoutes(deps.directory));
  api.use(adminRoutes(deps.admin, deps.directory));
  api.use(statisticsRoutes(deps.statistics, deps.engine, deps.directory));
  api.use(officeRoutes(deps.engine, deps.ops, deps.directory, deps.clock));
  api.use(ticketRoutes(deps.ops, deps.directory));
  api.use(appointmentRoutes(deps.ops, deps.directory));
  // The built-in virtual printer's tickets, for the supervisors' preview (not for clerks).
  api.get('/printers/virtual/jobs', (req, res) => {
    const actor = actorOf(deps.directory, req);
    if (actor?.kind !== 'user') return unauthenticated(res);
    if (actor.role === 'clerk') {
      return void res.status(403).json({ code: 'forbidden', message: 'supervisors and admins only' });
    }
    const jobs = deps
      .printerJobs()
      .slice()
      .reverse()
      .map((j) => ({ id: j.id, receivedAt: j.receivedAt, svg: j.svg, lines: j.decoded.lines }));
    res.json({ jobs });
  });
  api.use((req, res) => {
    res.status(404).json({ code: 'not_found', message: `no route ${req.method} ${req.path}` });
  });
  app.use('/api', api);
  app.use(staticRoutes(deps.staticOptions));

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const fault = clientFault(error);
    if (fault) {
      res.status(fault.status).json({ code: 'validation_failed', message: fault.message });
      return;
    }
    const id = deps.reportError(error, { method: req.method, path: req.path });
    res.status(500).json({ code: 'internal_error', message: 'unexpected error', id });
  });
  return app;
}
