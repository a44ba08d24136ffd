/**
 * Owns: ticket routes — actions on one ticket (clerks, supervisors) and the public status.
 */
import { Router } from 'express';
import {
  CallBackTicketBody,
  FinishTicketBody,
  SetPriorityBody,
  TransferTicketBody,
} from '#protocol/commands.ts';
import { TicketId } from '#protocol/ids.ts';
import type { TicketActionType } from '../../core/command.ts';
import type { Directory } from '../../auth/directory.ts';
import type { Operations } from '../../operations.ts';
import { parse } from '../../validate.ts';
import { actorOf, send, unauthenticated } from '../respond.ts';

const SIMPLE_ACTIONS: Record<string, TicketActionType> = {
  recall: 'recall',
  start: 'start',
  'no-show': 'no-show',
  park: 'park',
  cancel: 'cancel',
  reopen: 'reopen',
};

export function ticketRoutes(ops: Operations, directory: Directory): Router {
  const router = Router();

  router.get('/tickets/:ticketId/status', (req, res) => {
    const id = parse(TicketId, req.params.ticketId);
    if (!id.ok) return send(res, id);
    res.setHeader('Cache-Control', 'no-store');
    send(res, ops.ticketStatus(id.data));
  });

  router.post('/tickets/:ticketId/:action', async (req, res) => {
    const actor = actorOf(directory, req);
    if (!actor) return unauthenticated(res);
    const id = parse(TicketId, req.params.ticketId);
    if (!id.ok) return send(res, id);
    const action = req.params.action;
    // An own key only: `constructor` or `toString` in the address must not find Object's members.
    const simple = Object.hasOwn(SIMPLE_ACTIONS, action) ? SIMPLE_ACTIONS[action] : undefined;
    if (simple) return send(res, await ops.ticketAction(actor, simple, id.data));
    if (action === 'finish') {
      const body = parse(FinishTicketBody, req.body ?? {});
      if (!body.ok) return send(res, body);
      return send(res, await ops.finish(actor, { ...body.data, ticketId: id.data }));
    }
    if (action === 'transfer') {
      const body = parse(TransferTicketBody, req.body ?? {});
      if (!body.ok) return send(res, body);
      return send(res, await ops.transfer(actor, { ...body.data, ticketId: id.data }));
    }
    if (action === 'priority') {
      const body = parse(SetPriorityBody, req.body ?? {});
      if (!body.ok) return send(res, body);
      return send(res, await ops.setPriority(actor, { ...body.data, ticketId: id.data }));
    }
    if (action === 'call-back') {
      const body = parse(CallBackTicketBody, req.body ?? {});
      if (!body.ok) return send(res, body);
      return send(res, await ops.callBack(actor, { ...body.data, ticketId: id.data }));
    }
    res.status(404).json({ code: 'not_found', message: `no ticket action "${action}"` });
  });
  return router;
}
