/**
 * Owns: what a kiosk page asks about itself — its screen settings — and the staff exit, whose
 * PIN is checked here (as a scrypt hash from the configuration), never in the page.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Directory } from '../../auth/directory.ts';
import type { LoginLimiter } from '../../auth/login-limiter.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { parse } from '../../validate.ts';
import { send } from '../respond.ts';

const StaffExit = z.strictObject({ pin: z.string().regex(/^\d{4,8}$/, '4 to 8 digits') });

export function kioskRoutes(directory: Directory, limiter: LoginLimiter): Router {
  const router = Router();
  const kioskOf = (authorization: string | undefined) => {
    const device = authorization?.startsWith('Bearer ')
      ? directory.device(authorization.slice(7).trim())
      : undefined;
    return device?.config.kind === 'kiosk' ? device.config : undefined;
  };

  router.get('/kiosk/config', (req, res) => {
    const kiosk = kioskOf(req.headers.authorization);
    if (!kiosk)
      return void res.status(401).json({ code: 'not_authenticated', message: 'send the kiosk token' });
    res.json({
      deviceId: kiosk.id,
      officeId: kiosk.offices[0],
      fastPathServices: kiosk.kiosk?.fastPathServices ?? [],
      idleSeconds: kiosk.kiosk?.idleSeconds ?? 60,
      staffExit: kiosk.kiosk?.staffPinHash !== undefined,
    });
  });

  router.post('/kiosk/staff-exit', async (req, res) => {
    const kiosk = kioskOf(req.headers.authorization);
    if (!kiosk)
      return void res.status(401).json({ code: 'not_authenticated', message: 'send the kiosk token' });
    const body = parse(StaffExit, req.body ?? {});
    if (!body.ok) return send(res, body);
    const hash = kiosk.kiosk?.staffPinHash;
    if (!hash)
      return void res.status(403).json({ code: 'forbidden', message: 'this kiosk has no staff exit' });
    const tooMany = { code: 'rate_limited', message: 'too many attempts; wait a minute' };
    if (!limiter.allow(`kiosk:${kiosk.id}`)) return void res.status(429).json(tooMany);
    const valid = await limiter.run(() => verifyPassword(body.data.pin, hash));
    if (valid === 'busy') return void res.status(429).json(tooMany);
    if (!valid) return void res.status(403).json({ code: 'forbidden', message: 'wrong PIN', field: 'pin' });
    res.status(204).end();
  });
  return router;
}
