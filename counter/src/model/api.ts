/**
 * Owns: the counter app's HTTP calls — sign-in, session, offices, the virtual printer's jobs and
 * appointments (list, import). An interface, so models can be tested without a server.
 */
import type { AppointmentView, ImportAppointments } from '#protocol/appointments.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketState, TicketView } from '#protocol/tickets.ts';
import type { ClientResult } from '#web/client-result.ts';
import { requestJson } from '#web/http.ts';

export type Role = 'clerk' | 'supervisor' | 'admin';

export interface SessionUser {
  username: string;
  role: Role;
  officeIds: string[] | '*';
  /** extra rights, e.g. 'call-specific' (older servers send none) */
  permissions?: readonly string[];
}

export interface PrintJob {
  id: string;
  receivedAt: number;
  svg: string;
  lines: { text: string }[];
}

export interface CounterApi {
  session(): Promise<ClientResult<{ user: SessionUser }>>;
  login(username: string, password: string): Promise<ClientResult<{ user: SessionUser }>>;
  logout(): Promise<ClientResult<unknown>>;
  offices(): Promise<ClientResult<{ offices: OfficeView[] }>>;
  printJobs(): Promise<ClientResult<{ jobs: PrintJob[] }>>;
  appointments(officeId: string): Promise<ClientResult<{ appointments: AppointmentView[] }>>;
  importAppointments(officeId: string, body: ImportAppointments): Promise<ClientResult<{ imported: number }>>;
  /** today's tickets of the office in these states (closed ones too, e.g. no-shows) */
  todaysTickets(
    officeId: string,
    states: readonly TicketState[],
  ): Promise<ClientResult<{ tickets: TicketView[] }>>;
}

const officePath = (officeId: string) => `/api/offices/${encodeURIComponent(officeId)}`;

export const httpApi: CounterApi = {
  session: () => requestJson('GET', '/api/auth/session'),
  login: (username, password) => requestJson('POST', '/api/auth/login', { username, password }),
  logout: () => requestJson('POST', '/api/auth/logout', {}),
  offices: () => requestJson('GET', '/api/offices'),
  printJobs: () => requestJson('GET', '/api/printers/virtual/jobs'),
  appointments: (officeId) => requestJson('GET', `${officePath(officeId)}/appointments`),
  importAppointments: (officeId, body) => requestJson('POST', `${officePath(officeId)}/appointments`, body),
  todaysTickets: (officeId, states) =>
    requestJson('GET', `${officePath(officeId)}/tickets?state=${states.map(encodeURIComponent).join(',')}`),
};

export function isSupervisor(user: SessionUser): boolean {
  return user.role === 'supervisor' || user.role === 'admin';
}

/** Supervisors and admins always have every right; a clerk needs it granted. */
export function hasPermission(user: SessionUser, permission: 'call-specific'): boolean {
  return isSupervisor(user) || (user.permissions ?? []).includes(permission);
}

export function mayUseOffice(user: SessionUser, officeId: string): boolean {
  return user.officeIds === '*' || user.officeIds.includes(officeId);
}
