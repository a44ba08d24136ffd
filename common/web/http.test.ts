import { describe, expect, it } from 'vitest';
import { AppError } from '#protocol/result.ts';
import { isAppError } from './http.ts';

describe('isAppError', () => {
  const samples: unknown[] = [
    { code: 'forbidden', message: 'no' },
    { code: 'validation_failed', message: 'bad', field: 'name', id: 'e1' },
    { code: 'conflict', message: 'x', problems: [{ field: 'a', message: 'b' }] },
    { code: 'something_new', message: 'from a newer server' },
    { code: 'forbidden' },
    { code: 'forbidden', message: 'x', field: 3 },
    { code: 'conflict', message: 'x', problems: [{ field: 'a' }] },
    { code: 'conflict', message: 'x', problems: 'many' },
    '<html>502 Bad Gateway</html>',
    null,
    undefined,
  ];

  it('tells an error body from anything else exactly as the protocol schema does', () => {
    for (const sample of samples) {
      expect([sample, isAppError(sample)]).toEqual([sample, AppError.safeParse(sample).success]);
    }
  });
});
