/** Composition root of the counter app: HTTP API, language, socket factory → app model → render. */
import { render } from 'preact';
import { createConnection } from '#web/connection.ts';
import { createLanguage, initialLanguage } from '#web/language.ts';
import { provideStaffCatalogs } from '#web/staff-catalogs.ts';
import '#web/theme.css';
import './counter.css';
import { App } from './App.tsx';
import { httpApi } from './model/api.ts';
import { CounterAppModel } from './model/app.ts';

provideStaffCatalogs();
const app = new CounterAppModel({
  api: httpApi,
  // Staff sockets carry no token: the session cookie set at sign-in authenticates them.
  connect: () => createConnection(),
  language: createLanguage(initialLanguage()),
});

const root = document.getElementById('app');
if (root) render(<App app={app} />, root);
