/**
 * Owns: admin changes to the running system. One change at a time, and while it runs no command
 * is decided (Engine.exclusive), in this order: check the revision (another admin may have
 * changed the setup), build the candidate, validate it with the configuration schema, refuse
 * removals of what is in use today, write the audit entry, write the setup durably, then apply
 * it live (directory and revocations first, then engine, devices, connected clients).
 * A refused or failed change leaves the setup as it was; a write that fails after its audit
 * entry is followed by a `change.failed` entry, so the trail never claims more than happened.
 */
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { DeviceEdit, IssuedTokens, OfficeEdit, UserEdit } from '#protocol/admin.ts';
import { fail, ok, type Result } from '#protocol/result.ts';
import { hashPassword, hashToken } from '../auth/passwords.ts';
import type { Config, DeviceConfig, UserConfig } from '../config/schema.ts';
import type { OfficeState } from '../core/state.ts';
import type { AuditEntry, Store } from '../store/store.ts';
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
  /** runs the change while no command is decided or written (Engine.exclusive) */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  /** today's state of an office (inside `exclusive`: the latest), to refuse removing what is in use */
  stateOf: (officeId: string) => OfficeState | undefined;
  /** makes a saved setup take effect without a restart; must not throw (it reports its own errors) */
  apply: (next: SetupDocument, previous: SetupDocument) => Promise<void>;
  reportError: (error: unknown, context: Record<string, unknown>) => string;
  /** where backups of the data directory go; absent: backups are not offered */
  backupDir?: string | undefined;
}

export interface BackupOutcome {
  /** directory of the new backup */
  path: string;
  files: number;
  bytes: number;
  /** how long commands waited for the copy, ms */
  pausedMs: number;
}

type Candidate = Omit<SetupDocument, 'revision' | 'seed'>;
export interface ChangeOutcome {
  setup: RedactedSetup;
  tokens?: IssuedTokens;
}
/** Who asks: their name and the offices they administer. */
export interface AdminActor {
  userId: string;
  officeIds: string[] | '*';
}

const newToken = () => randomBytes(24).toString('base64url');

function refusal(code: 'validation_failed' | 'in_use', problems: Problem[]): Result<never> {
  const first = problems[0] ?? { field: '', message: 'invalid' };
  return {
    ok: false,
    error: {
      code,
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

  /**
   * What this admin may see: an admin of some offices sees those offices, and the users and
   * devices that belong to one of them only.
   */
  viewFor(admin: AdminActor): RedactedSetup {
    const view = redactedView(this.doc);
    if (admin.officeIds === '*') return view;
    const mine = new Set(admin.officeIds);
    return {
      ...view,
      offices: view.offices.filter((o) => mine.has(o.id)),
      users: view.users.filter((u) => u.offices !== '*' && u.offices.some((o) => mine.has(o))),
      devices: view.devices.filter((d) => d.offices.some((o) => mine.has(o))),
    };
  }

  /** The audit trail, newest first; an admin of some offices sees the changes of those offices. */
  /**
   * A consistent copy of everything stored, taken while no command is decided or written (so
   * the live files, archives, statistics, setup and audit agree), fsynced; then audited. Restore:
   * stop the server, put the copy in place of the data directory, start (docs/operations.md).
   */
  async backup(admin: AdminActor): Promise<Result<BackupOutcome>> {
    const { backupDir, store } = this.deps;
    if (!backupDir || !store.backup) {
      return fail('not_found', 'this installation keeps no data directory to back up');
    }
    if (admin.officeIds !== '*') return fail('forbidden', 'only admins of every office take backups');
    const started = this.deps.clock();
    const name = `aufruf-${new Date(started).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;
    const path = join(backupDir, `${name}-${randomBytes(3).toString('hex')}`);
    try {
      // Everything while the system runs, then what changed meanwhile while nothing is written.
      const first = await store.backup(path);
      const { copied, pausedMs } = await this.deps.exclusive(async () => {
        const from = performance.now();
        const copied = await store.backup!(path, first.manifest);
        return { copied, pausedMs: Math.round(performance.now() - from) };
      });
      await store.appendAudit({
        at: this.deps.clock(),
        by: admin.userId,
        action: 'data.backed_up',
        target: basename(path),
        revision: this.doc.revision,
        changes: [`${copied.files} files, ${copied.bytes} bytes`],
      });
      return ok({ path, files: copied.files, bytes: copied.bytes, pausedMs });
    } catch (error) {
      const id = this.deps.reportError(error, { during: 'backup', path });
      return { ok: false, error: { code: 'storage_failed', message: 'the backup was not written', id } };
    }
  }

  async audit(admin: AdminActor, limit: number): Promise<AuditEntry[]> {
    if (admin.officeIds === '*') return this.deps.store.readAudit(limit);
    const mine = new Set(admin.officeIds);
    const entries = await this.deps.store.readAudit(limit * 5);
    return entries.filter((e) => e.action.startsWith('office.') && mine.has(e.target)).slice(0, limit);
  }

  /** Adds an office or replaces it whole (departments, services, counters, calling, alarms …). */
  putOffice(admin: AdminActor, officeId: string, edit: OfficeEdit): Promise<Result<ChangeOutcome>> {
    if (edit.office.id !== undefined && edit.office.id !== officeId)
      return Promise.resolve(fail('validation_failed', 'office.id must match the address', 'office.id'));
    const office = { ...edit.office, id: officeId } as unknown as Candidate['offices'][number];
    return this.change(admin, edit.revision, officeId, async (doc) => ({
      action: doc.offices.some((o) => o.id === officeId) ? 'office.updated' : 'office.created',
      result: ok({ ...doc, offices: upsert(doc.offices, office, (o) => o.id) }),
    }));
  }

  putUser(admin: AdminActor, username: string, edit: UserEdit): Promise<Result<ChangeOutcome>> {
    return this.change(admin, edit.revision, username, async (doc) => {
      const existing = doc.users.find((u) => u.username === username);
      const action = existing ? 'user.updated' : 'user.created';
      if (!existing && !edit.password)
        return { action, result: fail('validation_failed', 'a new user needs a password', 'password') };
      if (
        username === admin.userId &&
        (edit.role !== 'admin' || JSON.stringify(edit.offices) !== JSON.stringify(existing?.offices))
      ) {
        // Nobody locks themselves out: another admin changes your role or offices.
        return { action, result: fail('forbidden', 'another admin must change your own role or offices') };
      }
      const user: UserConfig = {
        username,
        role: edit.role,
        offices: edit.offices,
        permissions: edit.permissions,
        passwordHash: edit.password ? await hashPassword(edit.password) : (existing?.passwordHash ?? ''),
      };
      return { action, result: ok({ ...doc, users: upsert(doc.users, user, (u) => u.username) }) };
    });
  }

  deleteUser(admin: AdminActor, username: string, revision: number): Promise<Result<ChangeOutcome>> {
    return this.change(admin, revision, username, async (doc) => {
      const action = 'user.deleted';
      if (username === admin.userId)
        return { action, result: fail('forbidden', 'you cannot delete yourself') };
      if (!doc.users.some((u) => u.username === username))
        return { action, result: fail('not_found', 'no such user', 'username') };
      const desk = doc.offices.flatMap((o) =>
        Object.entries(this.deps.stateOf(o.id)?.counters ?? {})
          .filter(([, c]) => c.status !== 'closed' && c.clerk === username)
          .map(([id]) => id),
      );
      if (desk.length > 0) {
        return {
          action,
          result: refusal('in_use', [
            {
              field: `counters.${desk[0]}`,
              message: `${username} is signed in at ${desk[0]}; close it first`,
            },
          ]),
        };
      }
      return { action, result: ok({ ...doc, users: without(doc.users, username, (u) => u.username) }) };
    });
  }

  /** Adds a device (its token is made here and returned once) or changes its settings. */
  putDevice(admin: AdminActor, deviceId: string, edit: DeviceEdit): Promise<Result<ChangeOutcome>> {
    let tokens: IssuedTokens | undefined;
    return this.change(
      admin,
      edit.revision,
      deviceId,
      async (doc) => {
        const existing = doc.devices.find((d) => d.id === deviceId);
        const action = existing ? 'device.updated' : 'device.created';
        const wrongKind = wrongKindFields(edit);
        if (existing && existing.kind !== edit.kind)
          return {
            action,
            result: fail('validation_failed', 'a device cannot change its kind; add a new one', 'kind'),
          };
        if (wrongKind)
          return {
            action,
            result: fail('validation_failed', `a ${edit.kind} has no ${wrongKind}`, wrongKind),
          };
        const token = existing ? undefined : newToken();
        const device = await deviceFrom(edit, deviceId, existing, token);
        const agentToken = device.agentToken;
        if (token) {
          tokens = {
            token,
            ...(agentToken ? { agentToken } : {}),
            pairingPath: pairingPath(device.config, token),
          };
        } else if (agentToken) tokens = { agentToken };
        return { action, result: ok({ ...doc, devices: upsert(doc.devices, device.config, (d) => d.id) }) };
      },
      () => tokens,
    );
  }

  /** A new token for the device (and its agent); the old ones stop working at once. */
  renewDeviceToken(admin: AdminActor, deviceId: string, revision: number): Promise<Result<ChangeOutcome>> {
    let tokens: IssuedTokens | undefined;
    return this.change(
      admin,
      revision,
      deviceId,
      async (doc) => {
        const action = 'device.token_renewed';
        const existing = doc.devices.find((d) => d.id === deviceId);
        if (!existing) return { action, result: fail('not_found', 'no such device', 'deviceId') };
        const token = newToken();
        const agentToken = existing.agentTokenHash !== undefined ? newToken() : undefined;
        const device: DeviceConfig = {
          ...existing,
          tokenHash: hashToken(token),
          ...(agentToken ? { agentTokenHash: hashToken(agentToken) } : {}),
        };
        tokens = { token, ...(agentToken ? { agentToken } : {}), pairingPath: pairingPath(device, token) };
        return { action, result: ok({ ...doc, devices: upsert(doc.devices, device, (d) => d.id) }) };
      },
      () => tokens,
    );
  }

  deleteDevice(admin: AdminActor, deviceId: string, revision: number): Promise<Result<ChangeOutcome>> {
    return this.change(admin, revision, deviceId, async (doc) => ({
      action: 'device.deleted',
      result: doc.devices.some((d) => d.id === deviceId)
        ? ok({ ...doc, devices: without(doc.devices, deviceId, (d) => d.id) })
        : fail('not_found', 'no such device', 'deviceId'),
    }));
  }

  private change(
    admin: AdminActor,
    revision: number,
    target: string,
    build: (doc: Candidate) => Promise<{ action: string; result: Result<Candidate> }>,
    issued: () => IssuedTokens | undefined = () => undefined,
  ): Promise<Result<ChangeOutcome>> {
    const run = () =>
      this.deps.exclusive(async (): Promise<Result<ChangeOutcome>> => {
        const previous = this.doc;
        if (revision !== previous.revision)
          return fail('conflict', `the setup is at revision ${previous.revision}, not ${revision}; reload`);
        const { revision: _r, seed: _s, ...current } = previous;
        const { action, result: built } = await build(current);
        if (!built.ok) return built;
        const checked = validateDocument(this.deps.boot, built.data);
        if (!checked.ok) return refusal('validation_failed', checked.problems);
        const removed = previous.offices.find((o) => !checked.value.offices.some((n) => n.id === o.id));
        if (removed) return fail('in_use', 'offices are not removed while the system runs', 'offices');
        const inUse = checked.value.offices.flatMap((o) =>
          liveConflicts(
            this.deps.stateOf(o.id),
            previous.offices.find((p) => p.id === o.id),
            o,
          ),
        );
        if (inUse.length > 0) return refusal('in_use', inUse);
        const next: SetupDocument = { ...previous, revision: previous.revision + 1, ...checked.value };
        const entry: AuditEntry = {
          at: this.deps.clock(),
          by: admin.userId,
          action,
          target,
          revision: next.revision,
          changes: describeChanges(current, checked.value),
        };
        try {
          await this.deps.store.appendAudit(entry);
        } catch (error) {
          const id = this.deps.reportError(error, { during: 'audit', action, target });
          return { ok: false, error: { code: 'storage_failed', message: 'the change was not saved', id } };
        }
        try {
          await this.deps.store.saveSetup(next);
        } catch (error) {
          const id = this.deps.reportError(error, { during: 'admin change', action, target });
          await this.deps.store
            .appendAudit({ ...entry, at: this.deps.clock(), action: 'change.failed', changes: [action] })
            .catch((e: unknown) => this.deps.reportError(e, { during: 'audit of a failed change' }));
          return { ok: false, error: { code: 'storage_failed', message: 'the change was not saved', id } };
        }
        this.doc = next;
        await this.deps.apply(next, previous);
        const tokens = issued();
        return ok({ setup: this.viewFor(admin), ...(tokens ? { tokens } : {}) });
      });
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Kiosk settings on a display or display settings on a kiosk are a mistake, not something to drop. */
function wrongKindFields(edit: DeviceEdit): string | undefined {
  if (edit.kind === 'kiosk') return edit.display !== undefined ? 'display' : undefined;
  if (edit.kiosk !== undefined) return 'kiosk';
  if (edit.printer !== undefined) return 'printer';
  if (edit.agent !== undefined) return 'agent';
  return undefined;
}

/**
 * The device as it will be stored. What the edit leaves out stays as it was; an agent token is
 * kept whenever one exists and made when a kiosk first gets a remote agent.
 */
async function deviceFrom(
  edit: DeviceEdit,
  deviceId: string,
  existing: DeviceConfig | undefined,
  token: string | undefined,
): Promise<{ config: DeviceConfig; agentToken?: string }> {
  const base = {
    id: deviceId,
    kind: edit.kind,
    offices: edit.offices,
    tokenHash: token ? hashToken(token) : (existing?.tokenHash ?? ''),
  };
  if (edit.kind === 'display') {
    return {
      config: {
        ...base,
        agent: 'embedded',
        display: (edit.display ?? existing?.display ?? {}) as DeviceConfig['display'],
      } as DeviceConfig,
    };
  }
  const agent = edit.agent ?? existing?.agent ?? 'embedded';
  const agentToken = agent === 'remote' && existing?.agentTokenHash === undefined ? newToken() : undefined;
  const agentTokenHash = agentToken ? hashToken(agentToken) : existing?.agentTokenHash;
  const pin = edit.kiosk?.staffPin;
  const staffPinHash =
    pin === null ? undefined : pin ? await hashPassword(pin) : existing?.kiosk?.staffPinHash;
  const printer = edit.printer === null ? undefined : (edit.printer ?? existing?.printer);
  const config = {
    ...base,
    agent,
    ...(printer ? { printer } : {}),
    ...(agentTokenHash ? { agentTokenHash } : {}),
    kiosk: {
      fastPathServices: edit.kiosk?.fastPathServices ?? existing?.kiosk?.fastPathServices ?? [],
      idleSeconds: edit.kiosk?.idleSeconds ?? existing?.kiosk?.idleSeconds ?? 60,
      ...(staffPinHash ? { staffPinHash } : {}),
    },
  } as unknown as DeviceConfig;
  return { config, ...(agentToken ? { agentToken } : {}) };
}

function pairingPath(device: DeviceConfig, token: string): string {
  return `/${device.kind}/?token=${encodeURIComponent(token)}`;
}
