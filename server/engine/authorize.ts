/**
 * Owns: the one table of who may run which command, plus office scoping.
 * Ownership rules that depend on the office state (the clerk at that counter) are the core's.
 */
import type { Actor, CommandType, Role } from '../core/command.ts';

type Who = 'kiosk' | Role;

const ALL_STAFF: Who[] = ['clerk', 'supervisor', 'admin'];
const SUPERVISORS: Who[] = ['supervisor', 'admin'];

export const PERMISSIONS: Record<CommandType, Who[]> = {
  draw: ['kiosk', ...ALL_STAFF],
  'open-counter': ALL_STAFF,
  'pause-counter': ALL_STAFF,
  'resume-counter': ALL_STAFF,
  'close-counter': ALL_STAFF,
  'call-next': ALL_STAFF,
  'call-ticket': ALL_STAFF,
  'set-counter-services': ALL_STAFF,
  recall: ALL_STAFF,
  start: ALL_STAFF,
  finish: ALL_STAFF,
  'no-show': ALL_STAFF,
  park: ALL_STAFF,
  transfer: ALL_STAFF,
  'call-back': ALL_STAFF,
  cancel: SUPERVISORS,
  reopen: SUPERVISORS,
  'set-priority': SUPERVISORS,
  'import-appointments': SUPERVISORS,
  'ensure-identity-salt': SUPERVISORS,
  'check-in': ['kiosk', ...ALL_STAFF],
  tick: [],
};

function who(actor: Actor): Who | undefined {
  if (actor.kind === 'user') return actor.role;
  if (actor.kind === 'device' && actor.deviceKind === 'kiosk') return 'kiosk';
  return undefined;
}

export function canAccessOffice(actor: Actor, officeId: string): boolean {
  if (actor.kind === 'system') return true;
  return actor.officeIds === '*' || actor.officeIds.includes(officeId);
}

export function mayRun(actor: Actor, command: CommandType, officeId: string): boolean {
  if (actor.kind === 'system') return true;
  const role = who(actor);
  return role !== undefined && PERMISSIONS[command].includes(role) && canAccessOffice(actor, officeId);
}
