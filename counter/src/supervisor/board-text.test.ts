import { describe, expect, it } from 'vitest';
import { alarmText, formatTimer } from './board-text.ts';

describe('formatTimer', () => {
  it('shows minutes and seconds, hours only when reached, never below zero', () => {
    expect(formatTimer(7_000)).toBe('0:07');
    expect(formatTimer(4 * 60_000 + 5_999)).toBe('4:05');
    expect(formatTimer(3_600_000 + 2 * 60_000 + 5_000)).toBe('1:02:05');
    expect(formatTimer(-5_000)).toBe('0:00');
  });
});

describe('alarmText', () => {
  it('names the counter, how long it has paused, its reason and the limit', () => {
    const text = alarmText(
      {
        kind: 'paused-long',
        key: 'k',
        counterId: 'platz-7',
        reason: 'Mittagspause',
        pausedMinutes: 35,
        limitMinutes: 5,
      },
      undefined,
      () => 'Platz 7',
      'de',
    );
    expect(text).toBe('Platz 7 ist seit 35 Minuten pausiert (Mittagspause) – Grenze 5 Minuten.');
  });
});
