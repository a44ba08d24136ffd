/**
 * Owns: office-level routes — the public office list, the live snapshot, drawing tickets and
 * counter commands.
 */
import { Router } from 'express';
import {
  CallNextBody,
  CallTicketBody,
  DrawTicketBody,
  OpenCounterBody,
  PauseCounter,
  SetCounterServicesBody,
} from '#protocol/commands.ts';
import { OfficeId } from '#protocol/ids.ts';
import { TicketState } from '#protocol/tickets.ts';
import { z } from 'zod';
import { officeView } from '../../core/views.ts';
import type { Directory } from '../../auth/directory.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Operations } from '../../operations.ts';
import { parse } from '../../validate.ts';
import { actorOf, send, unauthenticated } from '../respond.ts';

export function officeRoutes(
  engine: Engine,
  ops: Operations,
  directory: Directory,
  clock: () => number,
): Router {
  const router = Router();

  router.get('/offices', (_req, res) => {
    const offices = engine.officeIds().flatMap((id) => {
      const setup = engine.setup(id);
      const state = engine.state(id);
      return setup ? [officeView(setup, state, clock())] : [];
    });
    res.json({ offices });
  });

  router.get('/offices/:officeId/state', (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    send(res, ops.snapshot(actor, officeId.data));
  });

  router.get('/offices/:officeId/tickets', (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    const raw = typeof req.query.state === 'string' ? req.query.state.split(',') : ['no_show'];
    const states = parse(z.array(TicketState).min(1).max(8), raw);
    if (!states.ok) return send(res, { ...states, error: { ...states.error, field: 'state' } });
    const result = ops.todaysTickets(actor, officeId.data, states.data);
    send(res, result.ok ? { ok: true, data: { tickets: result.data } } : result);
  });

  router.post('/offices/:officeId/tickets', async (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const body = parse(DrawTicketBody, req.body ?? {});
    if (!body.ok) return send(res, body);
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return send(res, officeId);
    send(res, await ops.draw(actor, { ...body.data, officeId: officeId.data }), 201);
  });

  router.post('/offices/:officeId/counters/:counterId/:action', async (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const ref = parse(PauseCounter.pick({ officeId: true, counterId: true }), {
      officeId: req.params.officeId,
      counterId: req.params.counterId,
    });
    if (!ref.ok) return send(res, ref);
    switch (req.params.action) {
      case 'call-next': {
        const body = parse(CallNextBody, req.body ?? {});
        if (!body.ok) return send(res, body);
        return send(res, await ops.callNext(actor, { ...ref.data, ...body.data }));
      }
      case 'call-ticket': {
        const body = parse(CallTicketBody, req.body ?? {});
        if (!body.ok) return send(res, body);
        return send(res, await ops.callTicket(actor, { ...ref.data, ...body.data }));
      }
      case 'open': {
        const body = parse(OpenCounterBody, req.body ?? {});
        if (!body.ok) return send(res, body);
        return send(res, await ops.openCounter(actor, { ...ref.data, ...body.data }));
      }
      case 'services': {
        const body = parse(SetCounterServicesBody, req.body ?? {});
        if (!body.ok) return send(res, body);
        return send(res, await ops.setCounterServices(actor, { ...ref.data, ...body.data }));
      }
      case 'resume':
        return send(res, await ops.counterCommand(actor, 'resume-counter', ref.data));
      case 'close':
        return send(res, await ops.counterCommand(actor, 'close-counter', ref.data));
      case 'pause': {
        const body = parse(PauseCounter, { ...(req.body ?? {}), ...ref.data });
        if (!body.ok) return send(res, body);
        return send(res, await ops.pause(actor, body.data));
      }
      default:
        res.status(404).json({ code: 'not_found', message: `no counter action "${req.params.action}"` });
    }
  });
  return router;
}
