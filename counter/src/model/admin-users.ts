/**
 * Owns: the users section — the form for a new user, a changed one or a new password, and
 * deleting a user after the admin confirmed it (never oneself: the server refuses that too).
 */
import { action, computed, createModel, effect, signal } from '@preact/signals';
import type { AdminModel } from './admin.ts';
import { USER_FIELD_KEYS } from './admin-fields.ts';
import { formEditor } from './admin-form-editor.ts';
import { refusalText } from './admin-problems.ts';
import { checkUser, userBody, userToForm, type UserForm, type UserFormMode } from './admin-user-form.ts';

export const UsersModel = createModel(({ admin }: { admin: AdminModel }) => {
  const editor = formEditor<UserForm>(admin, () => USER_FIELD_KEYS);
  const mode = signal<UserFormMode>('new');
  /** the user whose deletion waits for the admin's yes */
  const confirming = signal<string | undefined>(undefined);
  const notice = signal<string | undefined>(undefined);
  const refusal = signal<string | undefined>(undefined);
  const busy = signal(false);

  const officeIds = () => admin.setup.peek()?.offices.map((o) => o.id) ?? [];
  const start = (next: UserFormMode, username?: string) => {
    const user = admin.setup.peek()?.users.find((u) => u.username === username);
    mode.value = next;
    notice.value = undefined;
    refusal.value = undefined;
    editor.open(userToForm(user, officeIds()));
  };

  // A reload (after a conflict) closes the form: it was opened on an old setup.
  effect(() => {
    if (admin.loads.value > 0) editor.close();
  });

  return {
    ...editor,
    mode,
    confirming,
    notice,
    listRefusal: refusal,
    busy,
    /** the signed-in admin, who cannot delete themself */
    self: computed(() => admin.user.value.username),
    startNew: action(() => start('new')),
    startEdit: action((username: string) => start('edit', username)),
    startPassword: action((username: string) => start('password', username)),
    save: action(async () => {
      const current = mode.peek();
      const outcome = await editor.submit({
        check: (form) => checkUser(form, current),
        send: (form, revision) => admin.api.putUser(form.username, userBody(form, current, revision)),
        savedText: '',
      });
      if (!outcome) return;
      const name = editor.form.peek()?.username ?? '';
      editor.close();
      notice.value =
        current === 'new'
          ? `Benutzer ${name} angelegt. Er kann sich sofort anmelden.`
          : current === 'password'
            ? `Neues Passwort für ${name} gesetzt. Das alte gilt nicht mehr.`
            : `Benutzer ${name} geändert.`;
    }),
    askDelete: action((username: string) => {
      notice.value = undefined;
      refusal.value = undefined;
      confirming.value = username;
    }),
    cancelDelete: action(() => void (confirming.value = undefined)),
    confirmDelete: action(async () => {
      const username = confirming.peek();
      if (!username || busy.peek()) return;
      busy.value = true;
      const result = await admin.change(admin.revision(), (revision) =>
        admin.api.deleteUser(username, revision),
      );
      busy.value = false;
      confirming.value = undefined;
      if (result.ok) notice.value = `Benutzer ${username} gelöscht. Offene Sitzungen sind beendet.`;
      else refusal.value = refusalText(result.error);
    }),
  };
});
export type UsersModel = InstanceType<typeof UsersModel>;
