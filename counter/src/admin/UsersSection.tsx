/**
 * Benutzer: every staff account with its role, offices and rights; add one, change one, give a
 * new password, or delete one after confirming (never oneself).
 */
import type { AdminModel } from '../model/admin.ts';
import type { UsersModel } from '../model/admin-users.ts';
import { officesText, ROLE_NAMES } from '../model/admin-user-form.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { SectionMessages } from './SectionMessages.tsx';
import { UserFormView } from './UserFormView.tsx';

export function UsersSection({ admin, users }: { admin: AdminModel; users: UsersModel }) {
  const setup = admin.setup.value;
  const officeName = (id: string) => setup?.offices.find((o) => o.id === id)?.name ?? id;
  const form = users.form.value;
  const confirming = users.confirming.value;
  const self = users.self.value;
  return (
    <section class="admin-section" aria-labelledby="admin-users-heading">
      <div class="card__title-row">
        <h2 id="admin-users-heading">Benutzer</h2>
        <button type="button" class="button" onClick={() => users.startNew()} disabled={form !== undefined}>
          + Benutzer anlegen
        </button>
      </div>
      <SectionMessages notice={users.notice.value} refusal={users.listRefusal.value} />
      {form && <UserFormView admin={admin} users={users} form={form} />}
      <table class="admin-table">
        <caption class="visually-hidden">Benutzer ({setup?.users.length ?? 0})</caption>
        <thead>
          <tr>
            <th scope="col">Benutzername</th>
            <th scope="col">Rolle</th>
            <th scope="col">Dienststellen</th>
            <th scope="col">Rechte</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {(setup?.users ?? []).map((u) => (
            <tr key={u.username}>
              <th scope="row">
                {u.username}
                {u.username === self && <span class="muted"> (Sie)</span>}
              </th>
              <td>{ROLE_NAMES[u.role]}</td>
              <td>{officesText(u.offices, officeName)}</td>
              <td>
                {u.role !== 'clerk'
                  ? 'alle'
                  : u.permissions.includes('call-specific')
                    ? 'Nummern gezielt aufrufen'
                    : '–'}
              </td>
              <td>
                <div class="admin-actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => users.startEdit(u.username)}
                  >
                    Bearbeiten<span class="visually-hidden"> {u.username}</span>
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => users.startPassword(u.username)}
                  >
                    Passwort zurücksetzen<span class="visually-hidden"> für {u.username}</span>
                  </button>
                  {u.username !== self && (
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() => users.askDelete(u.username)}
                    >
                      Löschen<span class="visually-hidden"> {u.username}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <ConfirmDialog
          id="admin-user-delete"
          title={`Benutzer ${confirming} löschen?`}
          confirmLabel={`${confirming} löschen`}
          busy={users.busy.value}
          onConfirm={() => void users.confirmDelete()}
          onCancel={() => users.cancelDelete()}
        >
          <p>
            {confirming} kann sich danach nicht mehr anmelden; offene Sitzungen enden sofort. Das lässt sich
            nicht rückgängig machen.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
