/**
 * Owns: the table of socket commands. Each line: event name, payload schema, use case.
 */
import {
  CallBackTicket,
  CallNext,
  CallTicket,
  CounterCommand,
  DrawTicket,
  FinishTicket,
  OfficeRef,
  OpenCounter,
  PauseCounter,
  SetCounterServices,
  SetPriority,
  TicketCommand,
  TransferTicket,
} from '#protocol/commands.ts';
import { CheckIn } from '#protocol/appointments.ts';
import { Language } from '#protocol/language.ts';
import type { DrawResult } from '#protocol/events.ts';
import type { Result } from '#protocol/result.ts';
import type { Operations } from '../operations.ts';
import type { On } from './on.ts';

/**
 * `announceCheckIn` lets a kiosk agent's check-ins (scanned codes) reach the kiosk page as well.
 */
export function registerHandlers(
  on: On,
  ops: Operations,
  announceCheckIn: (result: Result<DrawResult>) => Result<DrawResult> = (r) => r,
): void {
  on('ticket:draw', DrawTicket, (actor, cmd) => ops.draw(actor, cmd));
  on('counter:open', OpenCounter, (actor, cmd) => ops.openCounter(actor, cmd));
  on('counter:set-services', SetCounterServices, (actor, cmd) => ops.setCounterServices(actor, cmd));
  on('counter:pause', PauseCounter, (actor, cmd) => ops.pause(actor, cmd));
  on('counter:resume', CounterCommand, (actor, cmd) => ops.counterCommand(actor, 'resume-counter', cmd));
  on('counter:close', CounterCommand, (actor, cmd) => ops.counterCommand(actor, 'close-counter', cmd));
  on('counter:call-next', CallNext, (actor, cmd) => ops.callNext(actor, cmd));
  on('counter:call-ticket', CallTicket, (actor, cmd) => ops.callTicket(actor, cmd));
  on('ticket:recall', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'recall', cmd.ticketId));
  on('ticket:start', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'start', cmd.ticketId));
  on('ticket:finish', FinishTicket, (actor, cmd) => ops.finish(actor, cmd));
  on('ticket:mark-no-show', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'no-show', cmd.ticketId));
  on('ticket:park', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'park', cmd.ticketId));
  on('ticket:cancel', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'cancel', cmd.ticketId));
  on('ticket:transfer', TransferTicket, (actor, cmd) => ops.transfer(actor, cmd));
  on('ticket:call-back', CallBackTicket, (actor, cmd) => ops.callBack(actor, cmd));
  on('ticket:reopen', TicketCommand, (actor, cmd) => ops.ticketAction(actor, 'reopen', cmd.ticketId));
  on('ticket:set-priority', SetPriority, (actor, cmd) => ops.setPriority(actor, cmd));
  on('office:get-snapshot', OfficeRef, (actor, cmd) => ops.snapshot(actor, cmd.officeId));
  on('appointment:check-in', CheckIn.extend({ language: Language.optional() }), async (actor, cmd) =>
    announceCheckIn(await ops.checkIn(actor, cmd, cmd.language)),
  );
}
