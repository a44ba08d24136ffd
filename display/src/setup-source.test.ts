import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_OPTIONS } from '#protocol/display.ts';
import type { ClientResult } from '#web/client-result.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { createSetupSource } from './setup-source.ts';

const settingsAnswer = (historyRows: number): ClientResult<unknown> => ({
  ok: true,
  data: { deviceId: 'display-1', officeIds: ['leverkusen'], historyRows },
});

describe('setup source', () => {
  it('loads the settings again when the setup changes and after a reconnect', async () => {
    const connection = createFakeConnection();
    const answers = [settingsAnswer(2), settingsAnswer(4), settingsAnswer(8)];
    let loads = 0;
    const source = createSetupSource(connection, {
      loadSettings: async () => answers[loads++] ?? settingsAnswer(0),
      loadOffices: async () => ({ ok: true, data: { offices: [] } }),
    });
    await source.refresh(); // the start's own load races this one; the newest wins
    expect(source.settings.value?.historyRows).toBe(4);

    connection.pushDirect('office:setup-changed', { officeId: 'leverkusen' });
    await new Promise((r) => setTimeout(r, 0));
    expect(source.settings.value?.historyRows).toBe(8);

    connection.online.value = false;
    connection.online.value = true;
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(4);
    source.dispose();
  });

  it('falls back to the defaults when the token is refused', async () => {
    const source = createSetupSource(createFakeConnection(), {
      loadSettings: async () => ({ ok: false, error: { code: 'not_authenticated', message: '401' } }),
      loadOffices: async () => ({ ok: true, data: { offices: [] } }),
    });
    await source.refresh();
    expect(source.settings.value).toEqual(DEFAULT_DISPLAY_OPTIONS);
  });
});
