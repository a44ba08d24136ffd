/**
 * Owns: the admin API — read the setup, change offices, users and devices, read the audit trail.
 * Admins only; office changes need access to that office, user and device changes need access to
 * all offices (a local admin cannot create accounts elsewhere). Bodies: common/protocol/admin.ts.
 */
import { Router, type Request, type Response } from 'express';
import { DeviceEdit, OfficeEdit, RevisionOnly, UserEdit } from '#protocol/admin.ts';
import { DeviceId, OfficeId, UserId } from '#protocol/ids.ts';
import { fail } from '#protocol/result.ts';
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

  router.put('/admin/users/:username', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    const username = parse(UserId, req.params.username);
    if (!username.ok) return send(res, username);
    const body = parse(UserEdit, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.putUser(asAdmin(user), username.data, body.data));
  });

  router.delete('/admin/users/:username', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    const username = parse(UserId, req.params.username);
    if (!username.ok) return send(res, username);
    const body = parse(RevisionOnly, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.deleteUser(asAdmin(user), username.data, body.data.revision));
  });

  router.put('/admin/devices/:deviceId', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    const deviceId = parse(DeviceId, req.params.deviceId);
    if (!deviceId.ok) return send(res, deviceId);
    const body = parse(DeviceEdit, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.putDevice(asAdmin(user), deviceId.data, body.data));
  });

  router.post('/admin/devices/:deviceId/token', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    const deviceId = parse(DeviceId, req.params.deviceId);
    if (!deviceId.ok) return send(res, deviceId);
    const body = parse(RevisionOnly, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.renewDeviceToken(asAdmin(user), deviceId.data, body.data.revision));
  });

  router.delete('/admin/devices/:deviceId', async (req, res) => {
    const user = adminOf(req, res, true);
    if (!user) return;
    const deviceId = parse(DeviceId, req.params.deviceId);
    if (!deviceId.ok) return send(res, deviceId);
    const body = parse(RevisionOnly, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await admin.deleteDevice(asAdmin(user), deviceId.data, body.data.revision));
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
