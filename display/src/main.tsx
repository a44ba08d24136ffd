/**
 * Composition root of the wall display: device token → connection, settings and office catalog
 * → voice and announcer → display model → render. URL options: `?departments=a,b`, `?services=`,
 * `?counters=` override the settings' filters; `?lang=en` shows one language without rotating.
 */
import { render } from 'preact';
import { DEFAULT_DISPLAY_OPTIONS } from '#protocol/display-defaults.ts';
import { isLanguage } from '#protocol/language-codes.ts';
import type { OfficeView } from '#protocol/office.ts';
import { createConnection } from '#web/connection.ts';
import { takeDeviceToken } from '#web/device-token.ts';
import { requestJson } from '#web/http.ts';
import { createLanguage } from '#web/language.ts';
import { OfficeModel } from '#web/office-model.ts';
import { reloadOnProtocolChange } from '#web/reload-on-upgrade.ts';
import '#web/theme.css';
import './display.css';
import { createAnnouncer } from './announcer.ts';
import { createBrowserVoice } from './audio.ts';
import { Board } from './Board.tsx';
import { filterFromSearch } from './filter.ts';
import { portraitViewport } from './layout.ts';
import { DisplayModel } from './model.ts';
import { createSetupSource } from './setup-source.ts';

const deviceToken = takeDeviceToken();
const asDisplay: { headers: Record<string, string> } = {
  headers: deviceToken ? { authorization: `Bearer ${deviceToken}` } : {},
};
const pinned = new URLSearchParams(window.location.search).get('lang');

const language = createLanguage('de');
const connection = createConnection({ deviceToken });
reloadOnProtocolChange(connection);
const setup = createSetupSource(connection, {
  loadSettings: () => requestJson<unknown>('GET', '/api/display/config', undefined, asDisplay),
  loadOffices: () => requestJson<{ offices: OfficeView[] }>('GET', '/api/offices'),
});
const voice = createBrowserVoice();
const model = new DisplayModel({
  connection,
  offices: new OfficeModel(connection),
  setup,
  announcer: createAnnouncer(voice, () => (setup.settings.peek() ?? DEFAULT_DISPLAY_OPTIONS).announce),
  sound: voice,
  urlFilter: filterFromSearch(window.location.search),
  pinnedLanguage: isLanguage(pinned) ? pinned : undefined,
  language,
  viewportIsPortrait: portraitViewport(),
});

const root = document.getElementById('app');
if (root) render(<Board model={model} />, root);
