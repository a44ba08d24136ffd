/**
 * Owns: the HTTP calls of the admin screens (`/api/admin/*`). An interface, so the admin model can
 * be tested without a server. Every change carries the setup revision it was made on.
 * Why its own request function: the admin API also uses PUT and DELETE with a body, which the
 * shared `requestJson` (GET/POST) does not offer; the error handling is the same.
 */
import { AppError } from '#protocol/result.ts';
import { offline, type ClientResult } from '#web/client-result.ts';
import type { Role } from './api.ts';
import type { AdminSetup, AuditEntry, ChangeOutcome, DeviceKind, Permission } from './admin-setup.ts';

export interface UserBody {
  revision: number;
  role: Role;
  offices: '*' | string[];
  permissions: Permission[];
  /** required for a new user; absent: keep the password */
  password?: string;
}

export interface DeviceBody {
  revision: number;
  kind: DeviceKind;
  offices: string[];
  /** display options as typed; a number left empty is `null`, which the server names as a problem */
  display?: Record<string, unknown>;
  kiosk?: { fastPathServices: string[]; idleSeconds: number | null; staffPin?: string | null };
  printer?: Record<string, unknown>;
  agent?: 'embedded' | 'remote';
}

export interface AdminApi {
  setup(): Promise<ClientResult<AdminSetup>>;
  putOffice(
    officeId: string,
    body: { revision: number; office: unknown },
  ): Promise<ClientResult<ChangeOutcome>>;
  putUser(username: string, body: UserBody): Promise<ClientResult<ChangeOutcome>>;
  deleteUser(username: string, revision: number): Promise<ClientResult<ChangeOutcome>>;
  putDevice(deviceId: string, body: DeviceBody): Promise<ClientResult<ChangeOutcome>>;
  renewDeviceToken(deviceId: string, revision: number): Promise<ClientResult<ChangeOutcome>>;
  deleteDevice(deviceId: string, revision: number): Promise<ClientResult<ChangeOutcome>>;
  audit(limit: number): Promise<ClientResult<{ entries: AuditEntry[] }>>;
}

async function request<T>(
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    return offline(`${method} ${path}: ${String(error)}`);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: json as T };
  const parsed = AppError.safeParse(json);
  return {
    ok: false,
    error: parsed.success
      ? parsed.data
      : { code: 'internal_error', message: `${method} ${path}: HTTP ${response.status}` },
  };
}

const at = (kind: string, id: string) => `/api/admin/${kind}/${encodeURIComponent(id)}`;

export const httpAdminApi: AdminApi = {
  setup: () => request('GET', '/api/admin/setup'),
  putOffice: (officeId, body) => request('PUT', at('offices', officeId), body),
  putUser: (username, body) => request('PUT', at('users', username), body),
  deleteUser: (username, revision) => request('DELETE', at('users', username), { revision }),
  putDevice: (deviceId, body) => request('PUT', at('devices', deviceId), body),
  renewDeviceToken: (deviceId, revision) => request('POST', `${at('devices', deviceId)}/token`, { revision }),
  deleteDevice: (deviceId, revision) => request('DELETE', at('devices', deviceId), { revision }),
  audit: (limit) => request('GET', `/api/admin/audit?limit=${limit}`),
};
