import { describe, expect, it } from 'vitest';
import type { ClientResult } from '#web/client-result.ts';
import { AdminModel } from './admin.ts';
import type { AdminApi } from './admin-api.ts';
import { aSetup } from './admin-fixtures.ts';
import { OfficeEditorModel } from './admin-office-editor.ts';
import { updateAt } from './admin-office-form.ts';
import type { AdminSetup, ChangeOutcome } from './admin-setup.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeApi(answers: ClientResult<ChangeOutcome>[]) {
  const sent: { officeId: string; revision: number; office: unknown }[] = [];
  let loaded: AdminSetup = aSetup();
  const api = {
    setup: async () => ({ ok: true as const, data: loaded }),
    putOffice: async (officeId: string, body: { revision: number; office: unknown }) => {
      sent.push({ officeId, ...body });
      return (
        answers.shift() ?? { ok: false as const, error: { code: 'internal_error' as const, message: '' } }
      );
    },
    audit: async () => ({ ok: true as const, data: { entries: [] } }),
  } as unknown as AdminApi;
  return { api, sent, serverMovesTo: (next: AdminSetup) => (loaded = next) };
}

const user = { username: 'admin', role: 'admin' as const, officeIds: '*' as const };

describe('admin model: saving an office', () => {
  it('sends the whole office with its revision and continues from the saved one', async () => {
    const saved = aSetup({ revision: 1 });
    const { api, sent } = fakeApi([{ ok: true, data: { setup: saved } }]);
    const admin = new AdminModel({ api, user });
    const editor = new OfficeEditorModel({ admin });
    await settle();
    editor.edit((f) => ({ ...f, services: updateAt(f.services, 0, { targetWaitMinutes: '25' }) }));
    await editor.save();
    expect(sent[0]).toMatchObject({ officeId: 'leverkusen', revision: 0 });
    expect(
      (sent[0]?.office as { services: { targetWaitMinutes: number }[] }).services[0]?.targetWaitMinutes,
    ).toBe(25);
    expect(admin.setup.value?.revision).toBe(1);
    expect(editor.saved.value).toMatch(/^Gespeichert/);
    // The next save of the same form goes with the page's own new revision.
    await editor.save();
    expect(sent[1]?.revision).toBe(1);
  });

  it('shows a refusal at its fields and changes nothing on the page', async () => {
    const { api } = fakeApi([
      {
        ok: false,
        error: {
          code: 'validation_failed',
          message: 'offices.0.services.1: duplicate prefix "A"',
          problems: [{ field: 'offices.0.services.1', message: 'duplicate prefix "A"' }],
        },
      },
    ]);
    const admin = new AdminModel({ api, user });
    const editor = new OfficeEditorModel({ admin });
    await settle();
    editor.edit((f) => ({ ...f, services: updateAt(f.services, 1, { prefix: 'A' }) }));
    await editor.save();
    expect(editor.problems.value.byKey.get('services.1.prefix')).toEqual([
      'Das Kürzel „A“ hat schon ein anderes Anliegen.',
    ]);
    expect(editor.refusal.value).toMatch(/markierten Angaben/);
    expect(editor.form.value?.services[1]?.prefix).toBe('A');
    expect(admin.setup.value?.revision).toBe(0);
  });

  it('marks the page stale on a conflict and starts the form again from the reloaded setup', async () => {
    const { api, serverMovesTo } = fakeApi([{ ok: false, error: { code: 'conflict', message: 'stale' } }]);
    const admin = new AdminModel({ api, user });
    const editor = new OfficeEditorModel({ admin });
    await settle();
    editor.edit((f) => ({ ...f, name: 'Meins' }));
    await editor.save();
    expect(admin.stale.value).toBe(true);
    expect(editor.conflict.value).toBe(true);
    expect(editor.form.value?.name).toBe('Meins');

    const theirs = aSetup({ revision: 1 });
    theirs.offices[0]!.name = 'Bürgerbüro Mitte';
    serverMovesTo(theirs);
    await admin.load();
    expect(admin.stale.value).toBe(false);
    expect(editor.form.value?.name).toBe('Bürgerbüro Mitte');
    expect(editor.conflict.value).toBe(false);
  });

  it('keeps a new device’s tokens until the admin dismisses them', async () => {
    const { api } = fakeApi([]);
    const admin = new AdminModel({ api, user });
    await settle();
    const tokens = { token: 't', pairingPath: '/display/?token=t' };
    await admin.change(
      0,
      async () => ({ ok: true, data: { setup: aSetup({ revision: 1 }), tokens } }),
      'anzeige-2',
    );
    expect(admin.issued.value).toEqual({ deviceId: 'anzeige-2', tokens });
    admin.forgetTokens();
    expect(admin.issued.value).toBeUndefined();
  });
});
