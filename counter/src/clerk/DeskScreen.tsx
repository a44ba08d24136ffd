/**
 * The clerk's screen at one counter: current ticket and actions on the left; issuing a number,
 * the waiting and the parked lists on the right. Keyboard shortcuts act only when the button
 * would be enabled.
 */
import { useEffect } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import { actionForKey, type ClerkAction } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import type { IssueModel } from '../model/issue.ts';
import { ActionBar } from './ActionBar.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { IssueTicketPanel } from './IssueTicketPanel.tsx';
import { ParkedList } from './ParkedList.tsx';
import { WaitingList } from './WaitingList.tsx';

export function DeskScreen({
  desk,
  issue,
  office,
  language,
}: {
  desk: DeskModel;
  issue: IssueModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  useEffect(() => {
    const byKey: Partial<Record<ClerkAction, () => unknown>> = {
      callNext: desk.callNext,
      recall: desk.recall,
      start: desk.start,
      finish: desk.finish,
      noShow: desk.noShow,
      park: desk.park,
      transfer: () => desk.openForm('transfer'),
    };
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event);
      const run = action && desk.can(action) ? byKey[action] : undefined;
      if (!run) return;
      event.preventDefault();
      void run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [desk]);

  const counter = desk.counter.value;
  return (
    <div class="desk">
      <section class="card desk__main" aria-labelledby="current-heading">
        <h2 id="current-heading">
          {counter?.name ?? ''} · {t(language, 'counter.current.heading')}
          {counter && (
            <span class={`status status--${counter.status}`}>
              {' '}
              ({t(language, `counter.status.${counter.status}`)})
            </span>
          )}
        </h2>
        {counter?.status === 'paused' && (
          <p class="paused-banner" role="status">
            {t(language, 'counter.paused.banner', {
              reason: counter.pauseReason ? ` (${counter.pauseReason})` : '',
            })}
          </p>
        )}
        <CurrentTicket ticket={desk.ticket.value} office={office} language={language} />
        <ActionBar desk={desk} office={office} language={language} />
      </section>
      <div class="desk__side">
        <IssueTicketPanel issue={issue} office={office} language={language} />
        <WaitingList desk={desk} office={office} language={language} />
        <ParkedList desk={desk} office={office} language={language} />
      </div>
    </div>
  );
}
