import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings.ts';

describe('kiosk settings', () => {
  it('takes the server’s answer and fills in defaults for keys it leaves out', () => {
    expect(
      parseSettings({
        deviceId: 'kiosk-1',
        officeId: 'leverkusen',
        fastPathServices: ['abholung'],
        idleSeconds: 90,
        staffExit: true,
        newerKey: 'ignored',
      }),
    ).toEqual({
      deviceId: 'kiosk-1',
      officeId: 'leverkusen',
      fastPathServices: ['abholung'],
      idleSeconds: 90,
      staffExit: true,
    });
    expect(parseSettings({ deviceId: 'kiosk-1' })).toEqual({
      deviceId: 'kiosk-1',
      fastPathServices: [],
      idleSeconds: 60,
      staffExit: false,
    });
  });

  it('rejects answers that are not kiosk settings', () => {
    for (const body of [
      '<html>proxy error</html>',
      null,
      {},
      { deviceId: 7 },
      { deviceId: 'k', officeId: 3 },
      { deviceId: 'k', fastPathServices: 'abholung' },
      { deviceId: 'k', fastPathServices: [1] },
      { deviceId: 'k', idleSeconds: 0 },
      { deviceId: 'k', idleSeconds: 1.5 },
      { deviceId: 'k', staffExit: 'yes' },
    ]) {
      expect([body, parseSettings(body)]).toEqual([body, undefined]);
    }
  });
});
