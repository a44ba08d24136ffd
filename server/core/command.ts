/**
 * Owns: the commands the core decides on, and who issues them.
 * The protocol's payload schemas are validated at the boundary; the engine turns them into these.
 */
import type { Channel, PriorityClass } from '#protocol/tickets.ts';

export type Role = 'clerk' | 'supervisor' | 'admin';

/** call-specific: call a number out of order (supervisors and admins always may). */
export type UserPermission = 'call-specific';

export type Actor =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      officeIds: string[] | '*';
      /** extra rights of a clerk beyond the role, e.g. "call-specific" */
      permissions?: readonly UserPermission[] | undefined;
    }
  | { kind: 'device'; deviceId: string; deviceKind: 'kiosk' | 'display'; officeIds: string[] }
  | { kind: 'system' };

export type TicketActionType = 'recall' | 'start' | 'no-show' | 'park' | 'cancel' | 'reopen';

export type Command =
  | {
      type: 'draw';
      serviceId: string;
      idempotencyKey?: string | undefined;
      channel: Channel;
      priority: PriorityClass;
      /** the wait estimate shown for this service just before drawing (kept to measure accuracy) */
      estimate?: { median: number; low: number; high: number } | undefined;
    }
  | { type: 'open-counter'; counterId: string; serviceIds?: string[] | undefined }
  /** the services a signed-in counter serves today, within what its setup allows */
  | { type: 'set-counter-services'; counterId: string; serviceIds: string[] }
  | { type: 'pause-counter'; counterId: string; reason?: string | undefined }
  | { type: 'resume-counter'; counterId: string }
  | { type: 'close-counter'; counterId: string }
  | { type: 'call-next'; counterId: string; serviceId?: string | undefined }
  | { type: TicketActionType; ticketId: string }
  /** a clerk calls one waiting number out of order (needs the call-specific right) */
  | { type: 'call-ticket'; counterId: string; ticketId: string }
  /** served: which services were actually performed (default: the ticket's), an optional note */
  | {
      type: 'finish';
      ticketId: string;
      performedServiceIds?: string[] | undefined;
      note?: string | undefined;
    }
  | {
      type: 'transfer';
      ticketId: string;
      serviceId: string;
      counterId?: string | undefined;
      toFront?: boolean | undefined;
    }
  | { type: 'call-back'; ticketId: string; counterId: string }
  | { type: 'set-priority'; ticketId: string; priority: PriorityClass }
  | { type: 'import-appointments'; appointments: ImportedAppointment[] }
  /** makes sure a business day has an identity salt; `salt` is used only if it has none yet */
  | { type: 'ensure-identity-salt'; businessDay: string; salt: string }
  /** by booking code, or by the salted identity key the server made from an ID card */
  | { type: 'check-in'; bookingCode?: string | undefined; identityKey?: string | undefined }
  /** no-op that only lets a business-day change happen (timer, start-up) */
  | { type: 'tick' };

export type CommandType = Command['type'];

export interface ImportedAppointment {
  bookingCode: string;
  serviceId: string;
  /** epoch ms */
  slot: number;
  identityKey?: string | undefined;
}

/** Values the core must not make up itself. */
export interface DecideContext {
  /** epoch ms */
  now: number;
  /** a fresh unguessable ticket id */
  newTicketId: () => string;
}

export function isStaff(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user';
}

export function isSupervisor(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'supervisor' || actor.role === 'admin');
}

export function hasPermission(actor: Actor, permission: UserPermission): boolean {
  return isSupervisor(actor) || (actor.kind === 'user' && (actor.permissions ?? []).includes(permission));
}
