import { describe, expect, it } from 'vitest';
import { checkUser, userBody, userToForm } from './admin-user-form.ts';

const clerk = {
  username: 'clerk1',
  role: 'clerk' as const,
  offices: ['leverkusen'],
  permissions: ['call-specific' as const],
};

describe('user form', () => {
  it('keeps the password when an edit leaves it empty', () => {
    const body = userBody(userToForm(clerk, ['leverkusen']), 'edit', 4);
    expect(body).toEqual({
      revision: 4,
      role: 'clerk',
      offices: ['leverkusen'],
      permissions: ['call-specific'],
    });
  });

  it('sends the new password when one is set, and "*" for all offices', () => {
    const form = { ...userToForm(clerk, ['leverkusen']), allOffices: true, password: 'ein-langes-passwort' };
    expect(userBody(form, 'password', 1)).toMatchObject({ offices: '*', password: 'ein-langes-passwort' });
  });

  it('grants call-specific to clerks only (supervisors have it anyway)', () => {
    const form = { ...userToForm(clerk, ['leverkusen']), role: 'supervisor' as const };
    expect(userBody(form, 'edit', 0).permissions).toEqual([]);
  });

  it('checks user name, offices and password length before sending', () => {
    const fresh = { ...userToForm(undefined, ['a', 'b']), username: 'Max Müller', password: 'kurz' };
    expect(checkUser(fresh, 'new').map((p) => p.field)).toEqual(['username', 'offices', 'password']);
    expect(checkUser(userToForm(clerk, ['leverkusen']), 'edit')).toEqual([]);
    expect(
      checkUser({ ...userToForm(clerk, ['leverkusen']), password: 'kurz' }, 'edit').map((p) => p.field),
    ).toEqual(['password']);
  });
});
