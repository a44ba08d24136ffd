/**
 * Owns: a staff account as the admin edits it — new (with a password), changed (role, offices,
 * the right to call numbers out of order) or given a new password — and the body of
 * `PUT /api/admin/users/:username`. Pure. Checks what the page can check at once; the server
 * checks everything again.
 */
import type { UserBody } from './admin-api.ts';
import type { Problem } from './admin-problems.ts';
import type { UserSetup } from './admin-setup.ts';
import type { Role } from './api.ts';

export type UserFormMode = 'new' | 'edit' | 'password';

export interface UserForm {
  username: string;
  role: Role;
  allOffices: boolean;
  offices: string[];
  callSpecific: boolean;
  password: string;
}

export const ROLE_NAMES: Record<Role, string> = {
  clerk: 'Sachbearbeitung',
  supervisor: 'Leitung',
  admin: 'Verwaltung (Admin)',
};

export const MIN_PASSWORD_LENGTH = 10;

export function userToForm(user: UserSetup | undefined, officeIds: readonly string[]): UserForm {
  if (!user) {
    return {
      username: '',
      role: 'clerk',
      allOffices: officeIds.length <= 1,
      offices: officeIds.length === 1 ? [...officeIds] : [],
      callSpecific: false,
      password: '',
    };
  }
  return {
    username: user.username,
    role: user.role,
    allOffices: user.offices === '*',
    offices: user.offices === '*' ? [] : [...user.offices],
    callSpecific: user.permissions.includes('call-specific'),
    password: '',
  };
}

export function userBody(form: UserForm, mode: UserFormMode, revision: number): UserBody {
  return {
    revision,
    role: form.role,
    offices: form.allOffices ? '*' : form.offices,
    // Supervisors and admins have every right anyway; the permission is a clerk's.
    permissions: form.role === 'clerk' && form.callSpecific ? ['call-specific'] : [],
    ...(mode !== 'edit' || form.password !== '' ? { password: form.password } : {}),
  };
}

/** Problems the page can see before sending, at the form's field keys. */
export function checkUser(form: UserForm, mode: UserFormMode): Problem[] {
  const problems: Problem[] = [];
  if (mode === 'new' && !/^[a-z0-9][a-z0-9-]*$/.test(form.username)) {
    problems.push({
      field: 'username',
      message: 'Nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer.',
    });
  }
  if (mode !== 'password' && !form.allOffices && form.offices.length === 0) {
    problems.push({ field: 'offices', message: 'Mindestens eine Dienststelle wählen.' });
  }
  const needsPassword = mode !== 'edit' || form.password !== '';
  if (needsPassword && form.password.length < MIN_PASSWORD_LENGTH) {
    problems.push({ field: 'password', message: `Mindestens ${MIN_PASSWORD_LENGTH} Zeichen.` });
  }
  return problems;
}

export function officesText(offices: '*' | readonly string[], nameOf: (id: string) => string): string {
  return offices === '*' ? 'alle' : offices.map(nameOf).join(', ');
}
