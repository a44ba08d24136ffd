/**
 * What the server actually offers, read from the running code rather than from a table: every
 * REST route the Express app mounts under /api and every client event a socket listens to. Tests
 * that walk "every route" or "every event" compare their own tables with these lists, so a new
 * route or event fails them until it has a row.
 */
import { readFile } from 'node:fs/promises';
import { createHttpApp, type HttpDeps } from '../../server/http/app.ts';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: unknown;
}

/**
 * Every method and path the Express app mounts under /api, from a second app built by the same
 * createHttpApp (route factories only keep their dependencies, so stand-ins do). A route that
 * dispatches on `:action` is expanded with the actions its handler knows.
 */
export async function mountedRoutes(): Promise<string[]> {
  const deps = { staticOptions: { distDir: 'dist' }, clock: () => 0 } as unknown as HttpDeps;
  const app = createHttpApp(deps) as unknown as { router: { stack: Layer[] } };
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = [layer.route.path].flat();
        for (const method of Object.keys(layer.route.methods))
          for (const path of paths) found.push(`${method.toUpperCase()} ${prefix}${path}`);
      } else if (layer.handle?.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk(app.router.stack, '');
  const actions = await dispatchedActions();
  return found
    .filter((r) => r.split(' ')[1]!.startsWith('/api/'))
    .flatMap((r) => {
      if (!r.endsWith('/:action')) return [r];
      const known = actions.get(r);
      if (!known) throw new Error(`${r} dispatches on :action: teach dispatchedActions() its actions`);
      return known.map((a) => r.replace(/:action$/, a));
    });
}

/** The actions of the two dispatching routes, read from their handlers. */
async function dispatchedActions(): Promise<Map<string, string[]>> {
  const source = (file: string) =>
    readFile(new URL(`../../server/http/routes/${file}`, import.meta.url), 'utf8');
  const offices = await source('offices.ts');
  const tickets = await source('tickets.ts');
  const simple = /SIMPLE_ACTIONS[^{]*\{([^}]*)\}/.exec(tickets)?.[1] ?? '';
  return new Map([
    [
      'POST /api/offices/:officeId/counters/:counterId/:action',
      [...offices.matchAll(/case '([a-z-]+)':/g)].map((m) => m[1]!),
    ],
    [
      'POST /api/tickets/:ticketId/:action',
      [
        ...[...simple.matchAll(/'?([a-z-]+)'?:/g)].map((m) => m[1]!),
        ...[...tickets.matchAll(/action === '([a-z-]+)'/g)].map((m) => m[1]!),
      ],
    ],
  ]);
}

/** The client events the server listens to on one connected socket (Socket.IO's own left out). */
/** Just what handledEvents reads of a Socket.IO server, whatever its event maps. */
interface SocketServer {
  of(namespace: string): { sockets: Map<string, { eventNames(): (string | symbol)[] }> };
}

export function handledEvents(io: SocketServer, namespace: string, socketId: string): string[] {
  const reserved = new Set(['disconnect', 'disconnecting', 'error']);
  const server = io.of(namespace).sockets.get(socketId);
  if (!server) throw new Error(`no socket ${socketId} in ${namespace}`);
  return server
    .eventNames()
    .map(String)
    .filter((name) => !reserved.has(name));
}
