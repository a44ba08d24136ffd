/**
 * The clerk's buttons and the two small forms (transfer, pause). Errors appear right below,
 * naming the action that failed.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t, type MessageKey } from '#i18n/translate.ts';
import type { ClerkAction } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { ActionButton } from './ActionButton.tsx';
import { PauseForm, TransferForm } from './DeskForms.tsx';

const LABELS: Record<ClerkAction, MessageKey> = {
  callNext: 'counter.action.callNext',
  recall: 'counter.action.recall',
  start: 'counter.action.start',
  finish: 'counter.action.finish',
  noShow: 'counter.action.noShow',
  park: 'counter.action.park',
  transfer: 'counter.action.transfer',
  pause: 'counter.action.pause',
  resume: 'counter.action.resume',
  close: 'counter.action.close',
};

export function actionLabel(action: ClerkAction, language: Language): string {
  return t(language, LABELS[action]);
}

export function ActionBar({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const pending = desk.pending.value;
  const button = (action: ClerkAction, onRun: () => void, variant?: 'secondary' | 'danger') => (
    <ActionButton
      action={action}
      label={actionLabel(action, language)}
      enabled={desk.can(action)}
      busy={pending === action}
      onRun={onRun}
      variant={variant}
    />
  );
  const paused = desk.counter.value?.status === 'paused';
  return (
    <div class="actions">
      <div class="actions__primary" role="group" aria-label={t(language, 'counter.current.heading')}>
        {button('callNext', () => void desk.callNext())}
        {button('recall', () => void desk.recall(), 'secondary')}
        {button('start', () => void desk.start())}
        {button('finish', () => void desk.finish())}
        {button('noShow', () => void desk.noShow(), 'secondary')}
        {button('park', () => void desk.park(), 'secondary')}
        {button('transfer', () => desk.openForm('transfer'), 'secondary')}
      </div>
      {desk.form.value === 'transfer' && <TransferForm desk={desk} office={office} language={language} />}
      <div class="actions__counter">
        {paused
          ? button('resume', () => void desk.resume())
          : button('pause', () => desk.openForm('pause'), 'secondary')}
        {button('close', () => void desk.close(), 'danger')}
      </div>
      {desk.form.value === 'pause' && <PauseForm desk={desk} language={language} />}
      {Object.entries(desk.errors.value)
        .filter(([key]) => key in LABELS)
        .map(([key, error]) => (
          <ErrorText
            key={key}
            error={error}
            language={language}
            context={actionLabel(key as ClerkAction, language)}
          />
        ))}
    </div>
  );
}
