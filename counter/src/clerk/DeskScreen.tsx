/**
 * The clerk's screen at one counter: on the left the counter's state, today's services, the
 * current ticket with its timer and the actions; on the right who waits, what is parked, and
 * issuing a number. Keyboard shortcuts act only when the button would be enabled and no dialog is
 * open (a dialog has the keyboard to itself).
 */
import { useEffect } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import { actionForKey, SHORTCUTS, shortcutOf } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import type { IssueModel } from '../model/issue.ts';
import { ActionBar } from './ActionBar.tsx';
import { CallServiceDialog, CallTicketDialog } from './CallDialogs.tsx';
import { CloseDialog, HelpDialog, PauseDialog, ServicesDialog } from './CounterDialogs.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { DESK_FOCUS_FALLBACK_ID } from './Dialog.tsx';
import { IssueTicketPanel } from './IssueTicketPanel.tsx';
import { ParkedList } from './ParkedList.tsx';
import { perform } from './perform.ts';
import { serviceLabel } from './ServiceChecklist.tsx';
import { SoundToggle } from './SoundToggle.tsx';
import { dt } from './texts.ts';
import { FinishDialog, TransferDialog } from './TicketDialogs.tsx';
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
    const onKey = (event: KeyboardEvent) => {
      if (desk.dialog.peek() !== undefined || event.defaultPrevented) return;
      const action = actionForKey(event, (a) => desk.can(a));
      if (!action) return;
      event.preventDefault();
      perform(desk, action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [desk]);

  const counter = desk.counter.value;
  const today = counter?.activeServiceIds ?? [];
  return (
    <div class="desk">
      <section class="card desk__main" aria-labelledby={DESK_FOCUS_FALLBACK_ID}>
        <div class="desk__head">
          <h2 id={DESK_FOCUS_FALLBACK_ID} tabIndex={-1}>
            {counter?.name ?? ''}
            {counter && (
              <span class={`status status--${counter.status}`}>
                {' '}
                · {t(language, `counter.status.${counter.status}`)}
              </span>
            )}
          </h2>
          <div class="toolbar">
            <SoundToggle desk={desk} language={language} />
            <button
              type="button"
              class="button button--secondary button--small toolbar__button"
              aria-keyshortcuts={SHORTCUTS.help.join(' ')}
              onClick={() => desk.openDialog('help')}
            >
              {dt(language, 'action.help')}
              <kbd class="action__key" aria-hidden="true">
                {shortcutOf('help')}
              </kbd>
            </button>
          </div>
        </div>
        <p class="desk__today">
          {dt(language, 'waiting.today', {
            services: today.map((id) => serviceLabel(office, id, language)).join(', '),
          })}
        </p>
        {counter?.status === 'paused' && (
          <p class="paused-banner" role="status">
            {t(language, 'counter.paused.banner', {
              reason: counter.pauseReason ? ` (${counter.pauseReason})` : '',
            })}
          </p>
        )}
        <h3 class="visually-hidden">{t(language, 'counter.current.heading')}</h3>
        <CurrentTicket
          ticket={desk.ticket.value}
          serverNowMs={desk.serverNowMs.value}
          counterId={counter?.id ?? ''}
          office={office}
          language={language}
        />
        <ActionBar desk={desk} language={language} />
      </section>
      <div class="desk__side">
        <WaitingList desk={desk} office={office} language={language} />
        <ParkedList desk={desk} office={office} language={language} />
        <IssueTicketPanel issue={issue} office={office} language={language} />
      </div>
      <OpenDialog desk={desk} office={office} language={language} />
    </div>
  );
}

function OpenDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  switch (desk.dialog.value) {
    case undefined:
      return null;
    case 'callService':
      return <CallServiceDialog desk={desk} office={office} language={language} />;
    case 'callTicket':
      return <CallTicketDialog desk={desk} office={office} language={language} />;
    case 'finish':
      return <FinishDialog desk={desk} office={office} language={language} />;
    case 'transfer':
      return <TransferDialog desk={desk} office={office} language={language} />;
    case 'pause':
      return <PauseDialog desk={desk} language={language} />;
    case 'services':
      return <ServicesDialog desk={desk} office={office} language={language} />;
    case 'close':
      return <CloseDialog desk={desk} language={language} />;
    case 'help':
      return <HelpDialog desk={desk} language={language} />;
  }
}
