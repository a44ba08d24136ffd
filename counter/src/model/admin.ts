/**
 * Owns: the admin screens' view of the setup — loading it, the section shown, sending each
 * change with the right revision (admin-revision.ts), taking the new setup from every answer,
 * a conflict with another admin, the tokens of a new or renewed device (kept until the admin has
 * taken them, never stored), and the audit trail.
 */
import { action, createModel, signal } from '@preact/signals';
import type { IssuedTokens } from '#protocol/admin.ts';
import type { ClientError, ClientResult } from '#web/client-result.ts';
import type { AdminApi } from './admin-api.ts';
import { revisionFor } from './admin-revision.ts';
import type { AdminSetup, AuditEntry, ChangeOutcome } from './admin-setup.ts';
import type { SessionUser } from './api.ts';

export type AdminSection = 'offices' | 'users' | 'devices' | 'audit';

export const AUDIT_LIMIT = 100;

export interface AdminDeps {
  api: AdminApi;
  user: SessionUser;
}

export const AdminModel = createModel(({ api, user }: AdminDeps) => {
  const setup = signal<AdminSetup | undefined>(undefined);
  const loadError = signal<ClientError | undefined>(undefined);
  const loading = signal(false);
  /** incremented on each load: forms opened before start again from what was loaded */
  const loads = signal(0);
  const section = signal<AdminSection>('offices');
  /** another admin changed the setup since it was loaded: a change was refused */
  const stale = signal(false);
  const issued = signal<{ deviceId: string; tokens: IssuedTokens } | undefined>(undefined);
  const audit = signal<readonly AuditEntry[]>([]);
  const auditError = signal<ClientError | undefined>(undefined);
  const auditLoading = signal(false);
  /** revisions this page made itself: safe to step over when sending an older form */
  const own = new Set<number>();

  const load = action(async () => {
    loading.value = true;
    const result = await api.setup();
    loading.value = false;
    if (result.ok) {
      setup.value = result.data;
      loadError.value = undefined;
      stale.value = false;
      loads.value++;
    } else loadError.value = result.error;
  });

  const loadAudit = action(async () => {
    auditLoading.value = true;
    const result = await api.audit(AUDIT_LIMIT);
    auditLoading.value = false;
    if (result.ok) {
      audit.value = result.data.entries;
      auditError.value = undefined;
    } else auditError.value = result.error;
  });

  /**
   * Sends one change made on the setup at `base`. The answer's setup replaces the page's; a
   * conflict marks the page stale until it is reloaded.
   */
  const change = action(
    async (
      base: number,
      send: (revision: number) => Promise<ClientResult<ChangeOutcome>>,
      deviceId?: string,
    ): Promise<ClientResult<ChangeOutcome>> => {
      const current = setup.value?.revision ?? base;
      const result = await send(revisionFor(base, current, own));
      if (result.ok) {
        own.add(result.data.setup.revision);
        setup.value = result.data.setup;
        if (result.data.tokens && deviceId) issued.value = { deviceId, tokens: result.data.tokens };
        if (section.value === 'audit') void loadAudit();
      } else if (result.error.code === 'conflict') stale.value = true;
      return result;
    },
  );

  void load();

  return {
    user: signal(user),
    setup,
    loadError,
    loading,
    loads,
    section,
    stale,
    issued,
    audit,
    auditError,
    auditLoading,
    load,
    loadAudit,
    change,
    api,
    /** the revision a form opened now is based on */
    revision: () => setup.peek()?.revision ?? 0,
    showSection: action((next: AdminSection) => {
      section.value = next;
      if (next === 'audit') void loadAudit();
    }),
    /** the admin has noted the token: it is gone from the page for good */
    forgetTokens: action(() => void (issued.value = undefined)),
  };
});
export type AdminModel = InstanceType<typeof AdminModel>;
