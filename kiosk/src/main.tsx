/**
 * Composition root of the kiosk page: device token → connection → office model → kiosk model →
 * render. Nothing below this file creates sockets or reads the URL.
 */
import { render } from 'preact';
import type { OfficeView } from '#protocol/office.ts';
import { createConnection } from '#web/connection.ts';
import { takeDeviceToken } from '#web/device-token.ts';
import { requestJson } from '#web/http.ts';
import { createLanguage } from '#web/language.ts';
import { OfficeModel } from '#web/office-model.ts';
import { reloadOnProtocolChange } from '#web/reload-on-upgrade.ts';
import '#web/theme.css';
import './kiosk.css';
import { App } from './App.tsx';
import { KioskModel } from './model.ts';

const connection = createConnection({ deviceToken: takeDeviceToken() });
reloadOnProtocolChange(connection);
const offices = new OfficeModel(connection);
const model = new KioskModel({
  connection,
  offices,
  language: createLanguage('de'),
  loadOffices: () => requestJson<{ offices: OfficeView[] }>('GET', '/api/offices'),
});

// Any touch or key counts as activity and postpones the idle reset.
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => model.touch(), { passive: true, capture: true });
}

const root = document.getElementById('app');
if (root) render(<App model={model} connection={connection} />, root);
