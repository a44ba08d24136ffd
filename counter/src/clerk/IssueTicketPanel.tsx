/**
 * "Wartenummer ausstellen": a clerk issues a number for a citizen at the desk or on the phone.
 * Uncontrolled fields read on submit; after a number was issued the form starts over (so a
 * "Vorrang" tick never carries over to the next citizen) and the number is shown big, with the
 * people ahead at the time of issue, for the clerk to read out. The result sits in a live region that exists before
 * it is filled, so screen readers announce the new number without moving focus.
 */
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { countVariant, formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { IssueChannel, IssueModel } from '../model/issue.ts';
import { servicesByDepartment } from '../model/service-groups.ts';
import { serviceName } from '../names.ts';

const CHANNELS: readonly IssueChannel[] = ['counter', 'phone'];

export function IssueTicketPanel({
  issue,
  office,
  language,
}: {
  issue: IssueModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const groups = office ? servicesByDepartment(office) : [];
  const pending = issue.pending.value;
  const error = issue.error.value;
  const issued = issue.issued.value;

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const channel: IssueChannel = data.get('channel') === 'phone' ? 'phone' : 'counter';
    void issue
      .issue({ serviceId: String(data.get('serviceId')), channel, priority: data.get('priority') === 'on' })
      .then((issuedOne) => issuedOne && form.reset());
  };

  return (
    <section class="card issue" aria-labelledby="issue-heading">
      <h2 id="issue-heading">{t(language, 'counter.issue.heading')}</h2>
      {office && groups.length === 0 ? (
        <p>{t(language, 'counter.issue.noServices')}</p>
      ) : (
        <form onSubmit={onSubmit} aria-describedby={error ? 'issue-error' : undefined}>
          <div class="field">
            <label for="issue-service">{t(language, 'counter.issue.service')}</label>
            <select id="issue-service" name="serviceId" required>
              {groups.map(({ department, services }) => (
                <optgroup
                  key={department?.id ?? ''}
                  label={department ? localized(department.names, language) : '–'}
                >
                  {services.map((s) => (
                    <option key={s.id} value={s.id}>
                      {localized(s.names, language)} ({s.prefix})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <fieldset class="issue__channel">
            <legend>{t(language, 'counter.issue.channel')}</legend>
            {CHANNELS.map((channel) => (
              <div key={channel} class="field field--inline">
                <input
                  id={`issue-channel-${channel}`}
                  type="radio"
                  name="channel"
                  value={channel}
                  defaultChecked={channel === 'counter'}
                />
                <label for={`issue-channel-${channel}`}>
                  {t(language, `counter.issue.channel.${channel}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="field field--inline">
            <input id="issue-priority" type="checkbox" name="priority" />
            <label for="issue-priority">{t(language, 'counter.issue.priority')}</label>
          </div>
          <ErrorText
            error={error}
            language={language}
            id="issue-error"
            context={t(language, 'counter.issue.heading')}
          />
          <button type="submit" class="button" disabled={pending || !office} aria-busy={pending}>
            {t(language, 'counter.issue.submit')}
          </button>
        </form>
      )}
      <div class="issue__result" role="status">
        {issued && (
          <>
            <p class="issue__label">{t(language, 'counter.issue.issued')}</p>
            <p class="issue__number">{issued.ticket.number}</p>
            <p class="issue__facts">
              {serviceName(office, issued.ticket.serviceId, language)} ·{' '}
              {t(language, `counter.issue.channel.${issued.channel}`)} ·{' '}
              {formatTime(issued.ticket.issuedAt, language, { timeZone: office?.timeZone })}
              {issued.ticket.priority === 'priority' && (
                <>
                  {' '}
                  · <strong>{t(language, 'counter.priority')}</strong>
                </>
              )}
            </p>
            <p class="issue__ahead">
              {t(language, `counter.issue.peopleAhead.${countVariant(issued.peopleAhead)}`, {
                n: issued.peopleAhead,
              })}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
