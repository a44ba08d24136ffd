import { describe, expect, it } from 'vitest';
import { deskErrorMessage } from './DeskErrorText.tsx';

const refusal = (code: string, message = 'dev text') => ({
  error: { code, message } as never,
  number: 'A-007',
});

describe('deskErrorMessage', () => {
  it('says a chosen number was taken meanwhile, by its number', () => {
    for (const code of ['invalid_state', 'not_your_ticket', 'not_found']) {
      expect(deskErrorMessage('de', 'callTicket', refusal(code))).toEqual([
        'A-007 ist nicht mehr frei – inzwischen an einem anderen Platz aufgerufen oder nicht mehr wartend. Die Listen zeigen den aktuellen Stand.',
      ]);
    }
    expect(deskErrorMessage('de', 'callBack:t1', refusal('invalid_state'))[0]).toMatch(
      /^A-007 ist nicht mehr frei/,
    );
  });

  it('says nobody waits any more when the next of one service is gone', () => {
    expect(deskErrorMessage('de', 'callService', refusal('queue_empty'))).toEqual([
      'Niemand wartet (mehr) darauf. Die Listen zeigen den aktuellen Stand.',
    ]);
  });

  it('gives the server’s reason when a no-show comes too early', () => {
    expect(deskErrorMessage('de', 'noShow', refusal('invalid_state', 'call A-007 2 times'))).toEqual([
      'A-007 kann noch nicht als nicht erschienen gelten – bitte zuerst erneut aufrufen.',
      'Server: call A-007 2 times',
    ]);
  });

  it('uses the translated text of other codes and never shows an internal error’s message', () => {
    expect(deskErrorMessage('de', 'callNext', { error: { code: 'queue_empty', message: 'x' } })).toEqual([
      'Niemand wartet auf diesen Platz.',
    ]);
    expect(
      deskErrorMessage('en', 'callNext', { error: { code: 'internal_error', message: 'stack' } }),
    ).toEqual(['An internal error occurred.']);
  });
});
