/**
 * Dialogs about the counter rather than a ticket: a pause with a preset or free reason, today's
 * services, closing (asked once, since it signs the clerk out), and the shortcut help.
 */
import { useState } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import { SHORTCUT_ORDER, SHORTCUTS } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { DeskErrorText } from './DeskErrorText.tsx';
import { Dialog } from './Dialog.tsx';
import { actionLabel } from './perform.ts';
import { ServiceChecklist } from './ServiceChecklist.tsx';
import { DialogButtons } from './TicketDialogs.tsx';
import { dt, type DeskTextKey } from './texts.ts';

/** Preset reasons; what is sent (and shown to supervisors) is the German text. */
const PRESETS: readonly DeskTextKey[] = ['pause.lunch', 'pause.meeting', 'pause.questions'];

/** One field for the reason; the presets fill it, anything else is typed. */
export function PauseDialog({ desk, language }: { desk: DeskModel; language: Language }) {
  const [reason, setReason] = useState('');
  const busy = desk.pending.value === 'pause';
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!busy) void desk.pause(reason);
  };
  return (
    <Dialog id="pause" title={dt(language, 'pause.heading')} language={language} onClose={desk.closeDialog}>
      <form onSubmit={onSubmit}>
        <div class="presets" role="group" aria-label={dt(language, 'pause.presets')}>
          {PRESETS.map((key) => {
            const value = dt('de', key);
            return (
              <button
                key={key}
                type="button"
                class="button button--secondary button--small"
                aria-pressed={reason === value}
                data-autofocus={key === PRESETS[0] ? true : undefined}
                onClick={() => setReason(reason === value ? '' : value)}
              >
                {dt(language, key)}
              </button>
            );
          })}
        </div>
        <div class="field">
          <label for="pause-reason">{t(language, 'counter.pause.reason')}</label>
          <input
            id="pause-reason"
            maxLength={80}
            value={reason}
            aria-describedby="pause-reason-hint"
            onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
          />
          <p id="pause-reason-hint" class="field__hint">
            {dt(language, 'pause.hint')}
          </p>
        </div>
        <DeskErrorText action="pause" problem={desk.errors.value.pause} language={language} />
        <DialogButtons
          submit={t(language, 'counter.action.confirm')}
          busy={busy}
          language={language}
          onAbort={desk.closeDialog}
        />
      </form>
    </Dialog>
  );
}

export function ServicesDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const counter = desk.counter.value;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(counter?.activeServiceIds ?? []));
  const [tried, setTried] = useState(false);
  if (!counter) return null;
  const busy = desk.pending.value === 'services';
  const missing = chosen.size === 0;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing || busy) return;
    void desk.setServices(counter.serviceIds.filter((id) => chosen.has(id)));
  };
  return (
    <Dialog
      id="services"
      title={dt(language, 'services.heading', { counter: counter.name })}
      language={language}
      onClose={desk.closeDialog}
    >
      <form onSubmit={onSubmit} noValidate>
        <ServiceChecklist
          idPrefix="today-service"
          legend={dt(language, 'pick.services.legend')}
          serviceIds={counter.serviceIds}
          chosen={chosen}
          onChange={setChosen}
          office={office}
          language={language}
          invalid={tried && missing}
          errorId="services-missing"
          autoFocusFirst
        />
        {tried && missing && (
          <p id="services-missing" class="error-text" role="alert">
            {dt(language, 'services.none')}
          </p>
        )}
        <DeskErrorText action="services" problem={desk.errors.value.services} language={language} />
        <DialogButtons
          submit={t(language, 'counter.action.confirm')}
          busy={busy}
          language={language}
          onAbort={desk.closeDialog}
        />
      </form>
    </Dialog>
  );
}

export function CloseDialog({ desk, language }: { desk: DeskModel; language: Language }) {
  const name = desk.counter.value?.name ?? '';
  const busy = desk.pending.value === 'close';
  return (
    <Dialog
      id="close"
      title={dt(language, 'close.heading', { counter: name })}
      language={language}
      onClose={desk.closeDialog}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void desk.close();
        }}
      >
        <p>{dt(language, 'close.text')}</p>
        <DeskErrorText action="close" problem={desk.errors.value.close} language={language} />
        <DialogButtons
          submit={t(language, 'counter.action.close')}
          busy={busy}
          language={language}
          onAbort={desk.closeDialog}
          autoFocus
          danger
        />
      </form>
    </Dialog>
  );
}

export function HelpDialog({ desk, language }: { desk: DeskModel; language: Language }) {
  const rows = SHORTCUT_ORDER.filter((action) => action !== 'callTicket' || desk.mayCallSpecific.value);
  return (
    <Dialog id="help" title={dt(language, 'help.heading')} language={language} onClose={desk.closeDialog}>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">{dt(language, 'help.key')}</th>
            <th scope="col">{dt(language, 'help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((action) => (
            <tr key={action}>
              <td>
                {SHORTCUTS[action].map((key, index) => (
                  <span key={key}>
                    {index > 0 && ` ${dt(language, 'help.or')} `}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{actionLabel(action, language)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{dt(language, 'dialog.close')}</td>
          </tr>
        </tbody>
      </table>
      <p class="dialog__hint">{dt(language, 'help.note')}</p>
      <div class="dialog__buttons">
        <button type="button" class="button" onClick={desk.closeDialog} data-autofocus>
          {dt(language, 'action.close')}
        </button>
      </div>
    </Dialog>
  );
}
