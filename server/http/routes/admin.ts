/**
 * Owns: the admin API — read the setup, change offices, users and devices, read the audit trail,
 * take a backup.
 * Admins only; office changes need access to that office, user and device changes need access to
 * all offices (a local admin cannot create accounts elsewhere). Bodies: common/protocol/admin.ts.
 */
import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { DeviceEdit, OfficeEdit, RevisionOnly, UserEdit } from '#protocol/admin.ts';
import { DeviceId, OfficeId, UserId } from '#protocol/ids.ts';
import { fail, type Result } from '#protocol/result.ts';
import type { AdminActor, AdminService } from '../../admin/admin-service.ts';
import type { Directory, UserActor } from '../../auth/directory.ts';
import { canAccessOffice } from '../../engine/authorize.ts';
import { parse } from '../../validate.ts';
import { send, unauthenticated } from '../respond.ts';

const asAdmin = (user: UserActor): AdminActor => ({ userId: user.userId, officeIds: user.officeIds });

export function adminRoutes(admin: AdminService, directory: Directory): Router {
  const router = Router();

  /** The signed-in admin, or an answer has been sent. */
  const adminOf = (req: Request, res: Response, everyOffice: boolean): UserActor | undefined => {
    const user = directory.fromSessionCookie(req.headers.cookie);
    if (!user) return void unauthenticated(res);
    if (user.role !== 'admin') return void send(res, fail('forbidden', 'admins only'));
    if (everyOffice && user.officeIds !== '*')
      return void send(res, fail('forbidden', 'only admins of every office manage users and devices'));
    return user;
  };

  router.get('/admin/setup', (req, res) => {
    const user = adminOf(req, res, false);
    if (!user) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json(admin.viewFor(asAdmin(user)));
  });

  router.put('/admin/offices/:officeId', async (req, res) => {
    const user = adminOf(req, res, false);
    if (!user) return;
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    if (!canAccessOffice(user, officeId.data)) return send(res, fail('forbidden', 'not your office'));
    const body = parse(OfficeEdit, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.putOffice(asAdmin(user), officeId.data, body.data));
  });

  /**
   * A change to one user or device (admins of every office): the id from the address, the body
   * checked by its schema, then the admin service decides.
   */
  const change =
    <Id extends z.ZodType, Body extends z.ZodType>(
      idSchema: Id,
      param: string,
      bodySchema: Body,
      run: (admin: AdminActor, id: z.infer<Id>, body: z.infer<Body>) => Promise<Result<unknown>>,
    ) =>
    async (req: Request, res: Response) => {
      const user = adminOf(req, res, true);
      if (!user) return;
      const id = parse(idSchema, req.params[param]);
      if (!id.ok) return send(res, id);
      const body = parse(bodySchema, req.body ?? {});
      if (!body.ok) return send(res, body);
      send(res, await run(asAdmin(user), id.data, body.data));
    };

  router.put(
    '/admin/users/:username',
    change(UserId, 'username', UserEdit, (a, id, body) => admin.putUser(a, id, body)),
  );
  router.delete(
    '/admin/users/:username',
    change(UserId, 'username', RevisionOnly, (a, id, body) => admin.deleteUser(a, id, body.revision)),
  );
  router.put(
    '/admin/devices/:deviceId',
    change(DeviceId, 'deviceId', DeviceEdit, (a, id, body) => admin.putDevice(a, id, body)),
  );
  router.post(
    '/admin/devices/:deviceId/token',
    change(DeviceId, 'deviceId', RevisionOnly, (a, id, body) => admin.renewDeviceToken(a, id, body.revision)),
  );
  router.delete(
    '/admin/devices/:deviceId',
    change(DeviceId, 'deviceId', RevisionOnly, (a, id, body) => admin.deleteDevice(a, id, body.revision)),
  );

  // A consistent copy of the data directory while the system runs (admins of every office).
  router.post('/admin/backups', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    send(res, await admin.backup(asAdmin(user)), 201);
  });

  router.get('/admin/audit', async (req, res) => {
    const user = adminOf(req, res, false);
    if (!user) return;
    const limit = Math.min(500, Math.max(1, Number(req.query.limit) || 100));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ entries: await admin.audit(asAdmin(user), limit) });
  });
  return router;
}
