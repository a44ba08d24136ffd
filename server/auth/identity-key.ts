/**
 * Owns: the salted key that lets an ID card find an appointment without anyone keeping a name or
 * birth date. Import and check-in both reduce "name + birth date" to HMAC-SHA256 with a secret of
 * this installation; the inputs are dropped at once. Names are folded the way an MRZ writes them
 * (upper case, umlauts as AE/OE/UE, ß as SS, other marks dropped), and only the surname and the
 * first given name count, because the MRZ cuts long names.
 */
import { createHmac } from 'node:crypto';

const FOLD: Record<string, string> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'SS', Æ: 'AE', Ø: 'OE', Å: 'AA' };

export function foldName(name: string): string {
  return name
    .toUpperCase()
    .replace(/[ÄÖÜßÆØÅ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

export function identityKey(secret: Buffer, lastName: string, firstNames: string, birthDate: string): string {
  const surname = foldName(lastName).replace(/ /g, '');
  const given = foldName(firstNames).split(' ')[0] ?? '';
  return createHmac('sha256', secret).update(`${surname}|${given}|${birthDate}`).digest('base64url');
}

/** An import gives one name field: "Erika Mustermann" or "Mustermann, Erika". */
export function splitFullName(name: string): { lastName: string; firstNames: string } {
  if (name.includes(',')) {
    const [last = '', first = ''] = name.split(',', 2);
    return { lastName: last.trim(), firstNames: first.trim() };
  }
  const parts = name.trim().split(/\s+/);
  return { lastName: parts.at(-1) ?? '', firstNames: parts.slice(0, -1).join(' ') };
}
