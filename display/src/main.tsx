/**
 * Composition root of the wall display: device token → connection → office model → voice and
 * announcer → display model → render. `?departments=a,b` filters, `?lang=en` switches language.
 */
import { render } from 'preact';
import { createConnection } from '#web/connection.ts';
import { takeDeviceToken } from '#web/device-token.ts';
import { createLanguage, initialLanguage } from '#web/language.ts';
import { OfficeModel } from '#web/office-model.ts';
import { reloadOnProtocolChange } from '#web/reload-on-upgrade.ts';
import '#web/theme.css';
import './display.css';
import { createAnnouncer } from './announcer.ts';
import { createBrowserVoice } from './audio.ts';
import { Board } from './Board.tsx';
import { departmentsFromSearch } from './filter.ts';
import { DisplayModel } from './model.ts';

const language = createLanguage(initialLanguage());
const connection = createConnection({ deviceToken: takeDeviceToken() });
reloadOnProtocolChange(connection);
const voice = createBrowserVoice();
const model = new DisplayModel({
  connection,
  offices: new OfficeModel(connection),
  announcer: createAnnouncer(voice, () => language.peek()),
  departments: departmentsFromSearch(window.location.search),
  language,
  soundUnlocked: voice.unlocked,
  unlockSound: () => voice.unlock(),
});

const root = document.getElementById('app');
if (root) render(<Board model={model} />, root);
