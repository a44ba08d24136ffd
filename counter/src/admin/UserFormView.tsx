/** The form for a new user, a changed user or a new password. */
import type { AdminModel } from '../model/admin.ts';
import type { UsersModel } from '../model/admin-users.ts';
import { MIN_PASSWORD_LENGTH, ROLE_NAMES, type UserForm } from '../model/admin-user-form.ts';
import type { Role } from '../model/api.ts';
import { useFocusOnMount } from '../focus.ts';
import { CheckField, FormScope, Group, SelectField, TextField } from './fields.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';

const LABELS: Record<string, string> = {
  username: 'Benutzername',
  role: 'Rolle',
  offices: 'Dienststellen',
  permissions: 'Rechte',
  password: 'Passwort',
  '': 'Benutzer',
};

export function UserFormView({
  admin,
  users,
  form,
}: {
  admin: AdminModel;
  users: UsersModel;
  form: UserForm;
}) {
  const mode = users.mode.value;
  const offices = admin.setup.value?.offices ?? [];
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const edit = (patch: Partial<UserForm>) => users.edit((f) => ({ ...f, ...patch }));
  const title =
    mode === 'new'
      ? 'Neuer Benutzer'
      : mode === 'password'
        ? `Neues Passwort für ${form.username}`
        : `Benutzer ${form.username} bearbeiten`;
  return (
    <FormScope.Provider value={{ scope: 'user', problems: users.problems.value }}>
      <form
        class="admin-form card"
        noValidate
        aria-labelledby="admin-user-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void users.save();
        }}
      >
        <h3 id="admin-user-form-title" tabIndex={-1} ref={heading}>
          {title}
        </h3>
        <ProblemSummary
          scope="user"
          refusal={users.refusal.value}
          problems={users.problems.value}
          saved={undefined}
          labelOf={(key) => LABELS[key] ?? key}
          onReload={users.conflict.value ? () => void admin.load() : undefined}
        />
        {mode === 'new' && (
          <TextField
            k="username"
            label="Benutzername"
            hint="klein, ohne Leerzeichen, z. B. mmueller"
            value={form.username}
            onInput={(v) => edit({ username: v.trim().toLowerCase() })}
            required
            autoComplete="off"
          />
        )}
        {mode !== 'password' && (
          <>
            <SelectField
              k="role"
              label="Rolle"
              value={form.role}
              options={(Object.keys(ROLE_NAMES) as Role[]).map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
              onChange={(v) => edit({ role: v as Role })}
            />
            <Group k="offices" legend="Dienststellen">
              <CheckField
                k="offices.all"
                label="alle Dienststellen"
                checked={form.allOffices}
                onChange={(on) => edit({ allOffices: on })}
              />
              {!form.allOffices &&
                offices.map((o) => (
                  <CheckField
                    key={o.id}
                    k={`offices.${o.id}`}
                    label={o.name}
                    checked={form.offices.includes(o.id)}
                    onChange={(on) =>
                      edit({
                        offices: on
                          ? [...form.offices.filter((x) => x !== o.id), o.id]
                          : form.offices.filter((x) => x !== o.id),
                      })
                    }
                  />
                ))}
            </Group>
            <Group k="permissions" legend="Rechte">
              <CheckField
                k="permissions.call-specific"
                label="darf Nummern gezielt aufrufen"
                hint={
                  form.role === 'clerk'
                    ? 'außer der Reihe; jeder solche Aufruf wird protokolliert'
                    : 'Leitung und Admins dürfen das immer'
                }
                checked={form.role !== 'clerk' || form.callSpecific}
                disabled={form.role !== 'clerk'}
                onChange={(on) => edit({ callSpecific: on })}
              />
            </Group>
          </>
        )}
        <TextField
          k="password"
          type="password"
          label={
            mode === 'edit'
              ? 'Neues Passwort (leer lassen: unverändert)'
              : mode === 'password'
                ? 'Neues Passwort'
                : 'Passwort'
          }
          hint={`mindestens ${MIN_PASSWORD_LENGTH} Zeichen; der Person persönlich mitteilen`}
          value={form.password}
          onInput={(v) => edit({ password: v })}
          required={mode !== 'edit'}
          autoComplete="new-password"
        />
        <div class="admin-form__buttons">
          <button type="submit" class="button" disabled={users.saving.value} aria-busy={users.saving.value}>
            {mode === 'new' ? 'Benutzer anlegen' : mode === 'password' ? 'Passwort setzen' : 'Speichern'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => users.close()}>
            Abbrechen
          </button>
        </div>
      </form>
    </FormScope.Provider>
  );
}
