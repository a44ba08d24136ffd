/**
 * Composition root of the public status page (`/status/?t=<ticket id>`, the QR code on the
 * ticket): URL → language and fallback polling → model fed by the `/status` socket feed and, while
 * that is down, by `GET /api/tickets/:id/status` → render.
 * Nothing below this file reads the URL, the document's visibility or the network.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { TicketStatusView } from '#protocol/tickets.ts';
import type { ClientResult } from '#web/client-result.ts';
import { requestJson } from '#web/http.ts';
import { createLanguage, initialLanguage } from '#web/language.ts';
import { provideStaffCatalogs } from '#web/staff-catalogs.ts';
import '#web/theme.css';
import './status.css';
import { watchStatus } from './feed.ts';
import { StatusModel, statusParams } from './model.ts';
import { StatusPage } from './StatusPage.tsx';

/** The server's answer, checked: a proxy's or captive portal's page must not pass as a status. */
async function fetchStatus(ticketId: string): Promise<ClientResult<TicketStatusView>> {
  const result = await requestJson<unknown>('GET', `/api/tickets/${encodeURIComponent(ticketId)}/status`);
  if (!result.ok) return result;
  const parsed = TicketStatusView.safeParse(result.data);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, error: { code: 'offline', message: 'the answer was not a ticket status' } };
}

provideStaffCatalogs();
const { ticketId, pollMs } = statusParams(window.location.search);
const model = new StatusModel({
  ticketId,
  pollMs,
  fetchStatus,
  watch: watchStatus,
  language: createLanguage(initialLanguage()),
});

const isVisible = () => document.visibilityState === 'visible';
model.setVisible(isVisible());
document.addEventListener('visibilitychange', () => model.setVisible(isVisible()));

// A background tab shows the state in its title; a reload keeps the chosen language.
effect(() => {
  document.title = model.title.value;
});
effect(() => {
  const url = new URL(window.location.href);
  if (model.language.value === 'de') url.searchParams.delete('lang');
  else url.searchParams.set('lang', model.language.value);
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
});

const root = document.getElementById('app');
if (root) render(<StatusPage model={model} />, root);
