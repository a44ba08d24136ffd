import { describe, expect, it } from 'vitest';
import { describeChanges } from './audit-diff.ts';

describe('describeChanges', () => {
  it('names changed fields by id path with old and new value', () => {
    const before = {
      offices: [
        {
          id: 'o',
          services: [
            { id: 'a', target: 20 },
            { id: 'b', target: 10 },
          ],
        },
      ],
    };
    const after = {
      offices: [
        {
          id: 'o',
          services: [
            { id: 'b', target: 10 },
            { id: 'a', target: 25 },
          ],
        },
      ],
    };
    expect(describeChanges(before, after)).toEqual(['offices.o.services.a.target: 20 → 25']);
  });

  it('reports added and removed items', () => {
    const before = { users: [{ username: 'anna' }, { username: 'ben' }] };
    const after = { users: [{ username: 'anna' }, { username: 'cem' }] };
    expect(describeChanges(before, after)).toEqual(['users.cem: hinzugefügt', 'users.ben: entfernt']);
  });

  it('never shows a secret, only that it changed', () => {
    const before = { users: [{ username: 'anna', passwordHash: 'scrypt$old' }] };
    const after = { users: [{ username: 'anna', passwordHash: 'scrypt$new' }] };
    const changes = describeChanges(before, after);
    expect(changes).toEqual(['users.anna.passwordHash: (geändert)']);
    expect(changes.join()).not.toContain('scrypt');
  });

  it('shortens long values and caps the list', () => {
    const long = { text: 'x'.repeat(200) };
    expect(describeChanges({ a: long }, { a: { text: 'y' } })[0]!.length).toBeLessThan(100);
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const changed = describeChanges(many, Object.fromEntries(Object.keys(many).map((k) => [k, -1])));
    expect(changed.length).toBe(61);
    expect(changed.at(-1)).toContain('weitere');
  });
});
