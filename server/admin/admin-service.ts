/**
 * Owns: admin changes to the running system. One change at a time, in this order: check the
 * revision (another admin may have changed the setup), build the candidate, validate it with the
 * configuration schema, refuse removals of what is in use today, write it durably, write the
 * audit entry durably, then apply it live (engine, directory, devices, connected clients).
 * Nothing is half done: a refused or failed change leaves the setup as it was.
 */
import { randomBytes } from 'node:crypto';
import type { DeviceEdit, IssuedTokens, OfficeEdit, UserEdit } from '#protocol/admin.ts';
import { fail, ok, type Result } from '#protocol/result.ts';
import { hashPassword, hashToken } from '../auth/passwords.ts';
import type { Config, DeviceConfig, UserConfig } from '../config/schema.ts';
import type { OfficeState } from '../core/state.ts';
import type { Store } from '../store/store.ts';
import { describeChanges } from './audit-diff.ts';
import { liveConflicts } from './live-conflicts.ts';
import {
  redactedView,
  upsert,
  validateDocument,
  without,
  type Problem,
  type RedactedSetup,
  type SetupDocument,
} from './setup-document.ts';

export interface AdminDeps {
  /** the boot settings (port, data directory, printer …) the editable part is validated with */
  boot: Config;
  store: Store;
  clock: () => number;
  /** today's live state of an office, to refuse removing what is in use */
  stateOf: (officeId: string) => OfficeState | undefined;
  /** makes a saved setup take effect without a restart */
  apply: (next: SetupDocument, previous: SetupDocument) => Promise<void>;
  reportError: (error: unknown, context: Record<string, unknown>) => string;
}

type Candidate = Omit<SetupDocument, 'revision'>;
export interface ChangeOutcome {
  setup: RedactedSetup;
  tokens?: IssuedTokens;
}

const newToken = () => randomBytes(24).toString('base64url');

function invalid(problems: Problem[]): Result<never> {
  const first = problems[0] ?? { field: '', message: 'invalid' };
  return {
    ok: false,
    error: {
      code: 'validation_failed',
      message: `${first.field || 'setup'}: ${first.message}`,
      field: first.field || undefined,
      problems,
    },
  };
}

export class AdminService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private doc: SetupDocument,
    private readonly deps: AdminDeps,
  ) {}

  get document(): SetupDocument {
    return this.doc;
  }

  view(): RedactedSetup {
    return redactedView(this.doc);
  }

  /** The audit trail, newest first. */
  audit(limit: number) {
    return this.deps.store.readAudit(limit);
  }

  /** Adds an office or replaces it whole (departments, services, counters, calling, alarms …). */
  putOffice(by: string, officeId: string, edit: OfficeEdit): Promise<Result<ChangeOutcome>> {
    if (edit.office.id !== undefined && edit.office.id !== officeId)
      return Promise.resolve(fail('validation_failed', 'office.id must match the address', 'office.id'));
    const office = { ...edit.office, id: officeId } as unknown as Candidate['offices'][number];
    const action = this.doc.offices.some((o) => o.id === officeId) ? 'office.updated' : 'office.created';
    return this.change(by, edit.revision, action, officeId, async (doc) =>
      ok({ ...doc, offices: upsert(doc.offices, office, (o) => o.id) }),
    );
  }

  putUser(by: string, username: string, edit: UserEdit): Promise<Result<ChangeOutcome>> {
    const existing = this.doc.users.find((u) => u.username === username);
    if (!existing && !edit.password)
      return Promise.resolve(fail('validation_failed', 'a new user needs a password', 'password'));
    if (existing && username === by && edit.role !== 'admin')
      return Promise.resolve(fail('forbidden', 'you cannot take away your own admin role'));
    return this.change(
      by,
      edit.revision,
      existing ? 'user.updated' : 'user.created',
      username,
      async (doc) => {
        const user: UserConfig = {
          username,
          role: edit.role,
          offices: edit.offices,
          permissions: edit.permissions,
          passwordHash: edit.password ? await hashPassword(edit.password) : (existing?.passwordHash ?? ''),
        };
        return ok({ ...doc, users: upsert(doc.users, user, (u) => u.username) });
      },
    );
  }

  deleteUser(by: string, username: string, revision: number): Promise<Result<ChangeOutcome>> {
    if (username === by) return Promise.resolve(fail('forbidden', 'you cannot delete yourself'));
    if (!this.doc.users.some((u) => u.username === username))
      return Promise.resolve(fail('not_found', 'no such user', 'username'));
    return this.change(by, revision, 'user.deleted', username, async (doc) =>
      ok({ ...doc, users: without(doc.users, username, (u) => u.username) }),
    );
  }

  /** Adds a device (its token is made here and returned once) or changes its settings. */
  putDevice(by: string, deviceId: string, edit: DeviceEdit): Promise<Result<ChangeOutcome>> {
    const existing = this.doc.devices.find((d) => d.id === deviceId);
    if (existing && existing.kind !== edit.kind)
      return Promise.resolve(
        fail('validation_failed', 'a device cannot change its kind; add a new one', 'kind'),
      );
    let tokens: IssuedTokens | undefined;
    return this.change(
      by,
      edit.revision,
      existing ? 'device.updated' : 'device.created',
      deviceId,
      async (doc) => {
        const token = existing ? undefined : newToken();
        const agent = edit.kind === 'kiosk' ? (edit.agent ?? existing?.agent ?? 'embedded') : 'embedded';
        const agentToken =
          agent === 'remote' && existing?.agentTokenHash === undefined ? newToken() : undefined;
        const pin = edit.kiosk?.staffPin;
        const staffPinHash =
          pin === null ? undefined : pin ? await hashPassword(pin) : existing?.kiosk?.staffPinHash;
        const device = {
          id: deviceId,
          kind: edit.kind,
          offices: edit.offices,
          tokenHash: token ? hashToken(token) : (existing?.tokenHash ?? ''),
          ...(edit.kind === 'display' ? { display: edit.display ?? existing?.display ?? {} } : {}),
          ...(edit.kind === 'kiosk'
            ? {
                agent,
                ...((edit.printer ?? existing?.printer)
                  ? { printer: edit.printer ?? existing?.printer }
                  : {}),
                ...(agentToken
                  ? { agentTokenHash: hashToken(agentToken) }
                  : agent === 'remote' && existing?.agentTokenHash
                    ? { agentTokenHash: existing.agentTokenHash }
                    : {}),
                kiosk: {
                  fastPathServices: edit.kiosk?.fastPathServices ?? existing?.kiosk?.fastPathServices ?? [],
                  idleSeconds: edit.kiosk?.idleSeconds ?? existing?.kiosk?.idleSeconds ?? 60,
                  ...(staffPinHash ? { staffPinHash } : {}),
                },
              }
            : {}),
        } as unknown as DeviceConfig;
        if (token)
          tokens = { token, ...(agentToken ? { agentToken } : {}), pairingPath: pairingPath(device, token) };
        else if (agentToken) tokens = { agentToken };
        return ok({ ...doc, devices: upsert(doc.devices, device, (d) => d.id) });
      },
      () => tokens,
    );
  }

  /** A new token for the device (and its agent); the old ones stop working at once. */
  renewDeviceToken(by: string, deviceId: string, revision: number): Promise<Result<ChangeOutcome>> {
    const existing = this.doc.devices.find((d) => d.id === deviceId);
    if (!existing) return Promise.resolve(fail('not_found', 'no such device', 'deviceId'));
    let tokens: IssuedTokens | undefined;
    return this.change(
      by,
      revision,
      'device.token_renewed',
      deviceId,
      async (doc) => {
        const token = newToken();
        const agentToken = existing.agentTokenHash !== undefined ? newToken() : undefined;
        const device: DeviceConfig = {
          ...existing,
          tokenHash: hashToken(token),
          ...(agentToken ? { agentTokenHash: hashToken(agentToken) } : {}),
        };
        tokens = { token, ...(agentToken ? { agentToken } : {}), pairingPath: pairingPath(device, token) };
        return ok({ ...doc, devices: upsert(doc.devices, device, (d) => d.id) });
      },
      () => tokens,
    );
  }

  deleteDevice(by: string, deviceId: string, revision: number): Promise<Result<ChangeOutcome>> {
    if (!this.doc.devices.some((d) => d.id === deviceId))
      return Promise.resolve(fail('not_found', 'no such device', 'deviceId'));
    return this.change(by, revision, 'device.deleted', deviceId, async (doc) =>
      ok({ ...doc, devices: without(doc.devices, deviceId, (d) => d.id) }),
    );
  }

  private change(
    by: string,
    revision: number,
    action: string,
    target: string,
    build: (doc: Candidate) => Promise<Result<Candidate>>,
    issued: () => IssuedTokens | undefined = () => undefined,
  ): Promise<Result<ChangeOutcome>> {
    const run = async (): Promise<Result<ChangeOutcome>> => {
      const previous = this.doc;
      if (revision !== previous.revision) {
        return fail('conflict', `the setup is at revision ${previous.revision}, not ${revision}; reload`);
      }
      const { revision: _r, ...current } = previous;
      const built = await build(current);
      if (!built.ok) return built;
      const checked = validateDocument(this.deps.boot, built.data);
      if (!checked.ok) return invalid(checked.problems);
      const removedOffice = previous.offices.find((o) => !checked.value.offices.some((n) => n.id === o.id));
      if (removedOffice) return fail('in_use', 'offices are not removed while the system runs', 'offices');
      const inUse = checked.value.offices.flatMap((o) => liveConflicts(this.deps.stateOf(o.id), o));
      if (inUse.length > 0) {
        const first = inUse[0]!;
        return {
          ok: false,
          error: { code: 'in_use', message: first.message, field: first.field, problems: inUse },
        };
      }
      const next: SetupDocument = { revision: previous.revision + 1, ...checked.value };
      try {
        await this.deps.store.saveSetup(next);
      } catch (error) {
        const id = this.deps.reportError(error, { during: 'admin change', action, target });
        return { ok: false, error: { code: 'storage_failed', message: 'the change was not saved', id } };
      }
      try {
        await this.deps.store.appendAudit({
          at: this.deps.clock(),
          by,
          action,
          target,
          revision: next.revision,
          changes: describeChanges(current, checked.value),
        });
      } catch (error) {
        // No change without its audit entry: put the previous setup back.
        const id = this.deps.reportError(error, { during: 'audit', action, target });
        await this.deps.store.saveSetup(previous).catch(() => undefined);
        return { ok: false, error: { code: 'storage_failed', message: 'the change was not saved', id } };
      }
      this.doc = next;
      try {
        await this.deps.apply(next, previous);
      } catch (error) {
        // Saved and audited; a restart applies it. Say so in the log, not as a failed change.
        this.deps.reportError(error, { during: 'applying an admin change', action, target });
      }
      const tokens = issued();
      return ok({ setup: this.view(), ...(tokens ? { tokens } : {}) });
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function pairingPath(device: DeviceConfig, token: string): string {
  return `/${device.kind}/?token=${encodeURIComponent(token)}`;
}
