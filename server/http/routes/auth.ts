/**
 * Owns: staff login and logout with an HttpOnly, SameSite=Strict session cookie.
 */
import { Router } from 'express';
import { Login } from '#protocol/commands.ts';
import type { Directory, UserActor } from '../../auth/directory.ts';
import type { LoginLimiter } from '../../auth/login-limiter.ts';
import { readCookie, SESSION_COOKIE } from '../../auth/sessions.ts';
import { parse } from '../../validate.ts';
import { send, unauthenticated } from '../respond.ts';

/** What the counter app learns about the signed-in user: enough to show the right screens. */
const sessionUser = (user: UserActor) => ({
  username: user.userId,
  role: user.role,
  officeIds: user.officeIds,
  permissions: user.permissions ?? [],
});

export function authRoutes(
  directory: Directory,
  secureCookies: boolean,
  limiter: LoginLimiter,
  reportError: (error: unknown, context: Record<string, unknown>) => string,
  /** appends to the audit trail: what, whose name, from which address */
  audit: (action: string, username: string, address: string | undefined) => Promise<void>,
): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const body = parse(Login, req.body);
    if (!body.ok) return send(res, body);
    const tooMany = { code: 'rate_limited', message: 'too many login attempts; wait a minute' };
    if (!limiter.allow(req.ip ?? 'unknown')) return void res.status(429).json(tooMany);
    if (limiter.locked(body.data.username)) {
      return void res
        .status(429)
        .json({ code: 'rate_limited', message: 'too many wrong passwords for this user; wait 15 minutes' });
    }
    const user = await limiter.run(() => directory.login(body.data.username, body.data.password));
    if (user === 'busy') return void res.status(429).json(tooMany);
    limiter.outcome(body.data.username, user !== undefined);
    // The trail notes who came in, and failed attempts on real accounts; any other name is left
    // out (people type their password into the name field). A failing write locks nobody out.
    const name = directory.hasUser(body.data.username) ? body.data.username : '(unknown name)';
    await audit(user ? 'session.login' : 'session.login_failed', name, req.ip).catch((error: unknown) =>
      reportError(error, { during: 'audit of a login' }),
    );
    if (!user)
      return void res
        .status(401)
        .json({ code: 'invalid_credentials', message: 'wrong user name or password' });
    const session = directory.issueSession(user);
    if (!session)
      return void res
        .status(401)
        .json({ code: 'invalid_credentials', message: 'wrong user name or password' });
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookies,
      expires: session.expires,
      path: '/',
    });
    res.json({ user: sessionUser(user) });
  });
  router.post('/auth/logout', async (req, res) => {
    const user = directory.fromSessionCookie(req.headers.cookie);
    try {
      await directory.sessions.revoke(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (user) await audit('session.logout', user.userId, req.ip);
    } catch (error) {
      // Ended in memory all the same; only a restart before the next write would forget it.
      reportError(error, { during: 'logout' });
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  router.get('/auth/session', (req, res) => {
    const user = directory.fromSessionCookie(req.headers.cookie);
    if (!user) return unauthenticated(res);
    res.json({ user: sessionUser(user) });
  });
  return router;
}
