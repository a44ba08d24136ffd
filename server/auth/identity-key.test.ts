import { describe, expect, it } from 'vitest';
import { foldName, identityKey, splitFullName } from './identity-key.ts';

const secret = Buffer.alloc(32, 1);

describe('identityKey', () => {
  it('matches an imported name with the way the ID card writes it', () => {
    const imported = splitFullName('Jürgen Hans Müller-Lüdenscheidt');
    const fromImport = identityKey(secret, imported.lastName, imported.firstNames, '1983-08-12');
    // MRZ: MUELLER<LUEDENSCHEIDT<<JUERGEN<HANS
    const fromCard = identityKey(secret, 'MUELLER LUEDENSCHEIDT', 'JUERGEN HANS', '1983-08-12');
    expect(fromCard).toBe(fromImport);
    expect(identityKey(secret, 'MUELLER LUEDENSCHEIDT', 'JUERGEN', '1983-08-12')).toBe(fromImport);
  });

  it('differs for another birth date, another person or another installation', () => {
    const a = identityKey(secret, 'Mustermann', 'Erika', '1964-08-12');
    expect(identityKey(secret, 'Mustermann', 'Erika', '1964-08-13')).not.toBe(a);
    expect(identityKey(secret, 'Musterfrau', 'Erika', '1964-08-12')).not.toBe(a);
    expect(identityKey(Buffer.alloc(32, 2), 'Mustermann', 'Erika', '1964-08-12')).not.toBe(a);
    expect(a).not.toContain('MUSTERMANN');
  });

  it('folds names like an MRZ and splits "Surname, Given" too', () => {
    expect(foldName('Çelik-Öztürk')).toBe('CELIK OEZTUERK');
    expect(foldName('Groß')).toBe('GROSS');
    expect(splitFullName('Mustermann, Erika Gabriele')).toEqual({
      lastName: 'Mustermann',
      firstNames: 'Erika Gabriele',
    });
  });
});
