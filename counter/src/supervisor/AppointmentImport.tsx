/**
 * Importing appointments from a CSV file (or pasted text): the expected format and what happens
 * to names and birth dates, a checked preview with the problems of each line, removing a line,
 * and the import itself. A refusal by the server is shown at the line it concerns.
 */
import { useRef } from 'preact/hooks';
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatTime } from '#i18n/format.ts';
import { errorText, t } from '#i18n/translate.ts';
import { formatDate } from '../format.ts';
import type { AppointmentsModel, ImportFailure } from '../model/appointments.ts';
import type { CsvColumn, CsvRow, FileProblem, RowError } from '../model/appointments-csv.ts';
import { zonedDate } from '../model/zoned-time.ts';
import { serviceName } from '../names.ts';
import { LIST_HEADING_ID } from './AppointmentList.tsx';

const HEADER = 'bookingCode;serviceId;slot;name;birthDate';

const fieldName = (column: CsvColumn, language: Language) => t(language, `counter.import.field.${column}`);

function problemText(error: RowError, language: Language): string {
  return t(language, `counter.import.error.${error.problem}`, {
    value: error.value ?? '',
    line: error.otherLine ?? '',
    max: error.max ?? '',
  });
}

/** "Anliegen: unbekanntes Anliegen „pass“", in the row's own cell */
function inRowText(error: RowError, language: Language): string {
  const problem = problemText(error, language);
  return error.field
    ? t(language, 'counter.import.fieldError', { field: fieldName(error.field, language), problem })
    : problem;
}

/** "Zeile 4, Anliegen: …", in the list above the table */
function withLineText(line: number, field: CsvColumn | undefined, problem: string, language: Language) {
  return field
    ? t(language, 'counter.import.lineError', { line, field: fieldName(field, language), problem })
    : t(language, 'counter.import.rowError', { line, problem });
}

function fileProblemText(problem: FileProblem, language: Language): string {
  switch (problem.problem) {
    case 'no_rows':
      return t(language, 'counter.import.problem.no_rows');
    case 'missing_column':
    case 'duplicate_column':
      return t(language, `counter.import.problem.${problem.problem}`, { column: problem.column });
  }
}

function failureText(failure: ImportFailure, language: Language): string {
  const error = errorText(language, failure.error);
  return failure.line === undefined
    ? `${t(language, 'counter.import.refused')} ${error}`
    : withLineText(failure.line, failure.column, error, language);
}

export function AppointmentImport({
  appointments,
  office,
  language,
}: {
  appointments: AppointmentsModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const parsed = appointments.parsed.value;
  const failure = appointments.failure.value;
  const importing = appointments.importing.value;
  const imported = appointments.imported.value;
  const day = appointments.today.value ?? zonedDate(Date.now());
  const valid = parsed?.rows.filter((r) => r.appointment).length ?? 0;

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    appointments.readFile(await file.arrayBuffer(), file.name);
    // Choosing the same file again after editing must read it again.
    input.value = '';
  };
  const remove = (row: CsvRow) => {
    appointments.removeRow(row.line, row.endLine);
    previewHeading.current?.focus();
  };

  return (
    <section class="card import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t(language, 'counter.import.heading')}</h2>
      <p id="import-format">{t(language, 'counter.import.format')}</p>
      <p class="import__example-label">{t(language, 'counter.import.example')}:</p>
      <pre class="import__example">
        {`${HEADER}\nLEV-4711;ausweis;${day} 09:20;Erika Mustermann;1964-08-12\nLEV-4712;zulassung;${day} 10:00;;`}
      </pre>
      <p class="import__privacy">{t(language, 'counter.import.privacy')}</p>
      {office && (
        <details class="import__services">
          <summary>{t(language, 'counter.import.services')}</summary>
          <dl>
            {office.services.map((s) => (
              <div key={s.id}>
                <dt>
                  <code>{s.id}</code>
                </dt>
                <dd>{localized(s.names, language)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}

      <div class="field">
        <label for="import-file">{t(language, 'counter.import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div class="field">
        <label for="import-text">{t(language, 'counter.import.text')}</label>
        <textarea
          id="import-text"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="import-format"
          value={appointments.csv.value}
          onInput={(e) => appointments.setCsv((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>

      {parsed && (
        <section class="import__preview" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" ref={previewHeading} tabIndex={-1}>
            {t(language, 'counter.import.preview')}
          </h3>
          {appointments.fileName.value && (
            <p class="muted">
              {t(language, 'counter.import.fileName', { name: appointments.fileName.value })}
            </p>
          )}
          {parsed.problems.map((problem) => (
            <p key={`${problem.problem}-${'column' in problem ? problem.column : ''}`} class="error-text">
              <span aria-hidden="true">✖ </span>
              {fileProblemText(problem, language)}
            </p>
          ))}
          {parsed.ignoredColumns.length > 0 && (
            <p class="muted">
              {t(language, 'counter.import.ignored', { columns: parsed.ignoredColumns.join(', ') })}
            </p>
          )}
          {parsed.rows.length > 0 && (
            <>
              <p role="status">
                {t(language, 'counter.import.summary', {
                  rows: parsed.rows.length,
                  errors: appointments.errorRows.value.length,
                })}
              </p>
              {appointments.errorRows.value.length > 0 && (
                <div class="import__errors">
                  <ul>
                    {appointments.errorRows.value.flatMap((row) =>
                      row.errors.map((error, index) => (
                        <li key={`${row.line}-${index}`}>
                          {withLineText(row.line, error.field, problemText(error, language), language)}
                        </li>
                      )),
                    )}
                  </ul>
                  <p>{t(language, 'counter.import.fixFirst')}</p>
                </div>
              )}
              <PreviewTable
                rows={parsed.rows}
                failure={failure}
                office={office}
                language={language}
                onRemove={remove}
              />
            </>
          )}
        </section>
      )}

      {failure && (
        <div class="error-text" role="alert">
          <p>
            <span aria-hidden="true">✖ </span>
            {failureText(failure, language)}
          </p>
          {failure.importedBefore > 0 && (
            <p>{t(language, 'counter.import.partly', { n: failure.importedBefore })}</p>
          )}
        </div>
      )}
      {parsed && (
        <div class="import__buttons">
          <button
            type="button"
            class="button"
            disabled={!appointments.ready.value || importing}
            aria-busy={importing}
            onClick={() =>
              // The button goes with the imported text; the keyboard goes on to the list.
              void appointments
                .importAll()
                .then((done) => done && document.getElementById(LIST_HEADING_ID)?.focus())
            }
          >
            {t(language, 'counter.import.submit', { n: valid })}
          </button>
          {appointments.csv.value !== '' && (
            <button type="button" class="button button--secondary" onClick={() => appointments.discard()}>
              {t(language, 'counter.import.discard')}
            </button>
          )}
        </div>
      )}
      <p class="import__done" role="status">
        {imported !== undefined && (
          <>
            <span aria-hidden="true">✔ </span>
            {t(language, 'counter.import.done', { n: imported })}
          </>
        )}
      </p>
    </section>
  );
}

function PreviewTable({
  rows,
  failure,
  office,
  language,
  onRemove,
}: {
  rows: readonly CsvRow[];
  failure: ImportFailure | undefined;
  office: OfficeView | undefined;
  language: Language;
  onRemove: (row: CsvRow) => void;
}) {
  const timeZone = office?.timeZone;
  return (
    <table class="import__table" aria-labelledby="import-preview-heading">
      <thead>
        <tr>
          <th scope="col">{t(language, 'counter.import.col.line')}</th>
          <th scope="col">{t(language, 'counter.import.field.bookingCode')}</th>
          <th scope="col">{t(language, 'counter.import.field.serviceId')}</th>
          <th scope="col">{t(language, 'counter.import.field.slot')}</th>
          <th scope="col">{t(language, 'counter.appointments.col.idCheckIn')}</th>
          <th scope="col">{t(language, 'counter.import.col.check')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const refused = failure?.line === row.line ? failure : undefined;
          const bad = row.errors.length > 0 || refused !== undefined;
          return (
            <tr key={row.line} class={bad ? 'import__row--bad' : undefined}>
              <th scope="row">{row.line}</th>
              <td>{row.bookingCode || '–'}</td>
              <td>{row.serviceId ? serviceName(office, row.serviceId, language) : '–'}</td>
              <td>
                {row.slotMs === undefined
                  ? '–'
                  : `${formatDate(row.slotMs, language, timeZone)}, ${formatTime(row.slotMs, language, { timeZone })}`}
              </td>
              <td>{t(language, row.idCheckIn ? 'counter.appointments.yes' : 'counter.appointments.no')}</td>
              <td>
                {bad ? (
                  <>
                    <ul class="import__problems">
                      {row.errors.map((error, index) => (
                        <li key={index}>
                          <span aria-hidden="true">✖ </span>
                          {inRowText(error, language)}
                        </li>
                      ))}
                      {refused && (
                        <li>
                          <span aria-hidden="true">✖ </span>
                          {refused.column
                            ? t(language, 'counter.import.fieldError', {
                                field: fieldName(refused.column, language),
                                problem: errorText(language, refused.error),
                              })
                            : errorText(language, refused.error)}
                        </li>
                      )}
                    </ul>
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      onClick={() => onRemove(row)}
                    >
                      {t(language, 'counter.import.removeRow', { line: row.line })}
                    </button>
                  </>
                ) : (
                  <span class="device-state device-state--ok">
                    <span class="device-state__icon" aria-hidden="true">
                      ✔
                    </span>
                    {t(language, 'counter.import.rowOk')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
