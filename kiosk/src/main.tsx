/**
 * Composition root of the kiosk page: device token and URL options → connection, device settings
 * and staff-exit requests → office model → kiosk model → render. Nothing below this file creates
 * sockets, sends requests, reads the URL, speaks or navigates.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { ClientResult } from '#web/client-result.ts';
import { createConnection } from '#web/connection.ts';
import { takeDeviceToken } from '#web/device-token.ts';
import { requestJson } from '#web/http.ts';
import { createLanguage } from '#web/language.ts';
import { OfficeModel } from '#web/office-model.ts';
import { reloadOnProtocolChange } from '#web/reload-on-upgrade.ts';
import '#web/theme.css';
import './kiosk.css';
import './screens.css';
import './ticket.css';
import './check-in.css';
import './modes.css';
import { App } from './App.tsx';
import { KioskModel } from './model.ts';
import { kioskOptions } from './options.ts';
import { parseSettings, type KioskSettings } from './settings.ts';
import { browserSpeech } from './speech.ts';

const deviceToken = takeDeviceToken();
const asKiosk = { headers: deviceToken ? { authorization: `Bearer ${deviceToken}` } : undefined };

async function loadSettings(): Promise<ClientResult<KioskSettings>> {
  const result = await requestJson<unknown>('GET', '/api/kiosk/config', undefined, asKiosk);
  if (!result.ok) return result;
  const settings = parseSettings(result.data);
  return settings
    ? { ok: true, data: settings }
    : { ok: false, error: { code: 'offline', message: 'the answer was not kiosk settings' } };
}

const connection = createConnection({ deviceToken });
reloadOnProtocolChange(connection);
const offices = new OfficeModel(connection);
const speak = browserSpeech();
const model = new KioskModel({
  connection,
  offices,
  language: createLanguage('de'),
  loadOffices: () => requestJson<{ offices: OfficeView[] }>('GET', '/api/offices'),
  loadSettings,
  checkStaffPin: (pin) => requestJson('POST', '/api/kiosk/staff-exit', { pin }, asKiosk),
  options: kioskOptions(window.location.search),
  ...(speak ? { speak } : {}),
  leaveKiosk: () => window.location.assign('/counter/'),
});

// The window title follows the language like every other text on the page.
effect(() => {
  document.title = `${t(model.language.value, 'kiosk.title')} – Aufruf`;
});

// The display modes scale and recolour the whole page (rem sizes, colour tokens on :root).
effect(() => {
  document.documentElement.classList.toggle('large-text', model.largeText.value);
  document.documentElement.classList.toggle('high-contrast', model.highContrast.value);
});

// Any touch or key counts as activity and postpones the idle reset.
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => model.touch(), { passive: true, capture: true });
}

// On the check-in screen a keyboard (or a scanner typing into the page) types the booking code.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey) return;
  // Enter and Space on a focused button press that button; the keypad must not take them too.
  if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
  if (model.typeKey(event.key)) event.preventDefault();
});

const root = document.getElementById('app');
if (root) render(<App model={model} connection={connection} />, root);
