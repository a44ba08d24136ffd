/**
 * Owns: appointment routes — import and list (staff), check-in by booking code (kiosk, staff).
 */
import { Router } from 'express';
import { CheckInBody, ImportAppointments } from '#protocol/appointments.ts';
import { OfficeId } from '#protocol/ids.ts';
import type { Directory } from '../../auth/directory.ts';
import type { Operations } from '../../operations.ts';
import { parse } from '../../validate.ts';
import { actorOf, send, unauthenticated } from '../respond.ts';

export function appointmentRoutes(ops: Operations, directory: Directory): Router {
  const router = Router();

  router.post('/offices/:officeId/appointments', async (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    const body = parse(ImportAppointments, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await ops.importAppointments(actor, officeId.data, body.data), 201);
  });

  router.get('/offices/:officeId/appointments', (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    send(res, ops.listAppointments(actor, officeId.data));
  });

  router.post('/offices/:officeId/check-ins', async (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    const body = parse(CheckInBody, req.body ?? {});
    if (!body.ok) return send(res, body);
    send(res, await ops.checkIn(actor, { ...body.data, officeId: officeId.data }), 201);
  });
  return router;
}
