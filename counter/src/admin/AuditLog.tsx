/** Protokoll: who changed what and when (Europe/Berlin), newest first, with the changed fields. */
import type { AdminModel } from '../model/admin.ts';
import { actionName, formatAuditTime } from '../model/admin-audit.ts';
import { refusalText } from '../model/admin-problems.ts';

export function AuditLog({ admin }: { admin: AdminModel }) {
  const entries = admin.audit.value;
  const error = admin.auditError.value;
  return (
    <section class="admin-section" aria-labelledby="admin-audit-heading">
      <div class="card__title-row">
        <h2 id="admin-audit-heading">Protokoll</h2>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void admin.loadAudit()}
          aria-busy={admin.auditLoading.value}
        >
          Aktualisieren
        </button>
      </div>
      {error && (
        <p class="error-text" role="alert">
          {refusalText(error)}
        </p>
      )}
      {entries.length === 0 && !admin.auditLoading.value ? (
        <p>Noch keine Änderungen.</p>
      ) : (
        <table class="admin-table admin-audit">
          <caption class="visually-hidden">Die letzten {entries.length} Änderungen, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Zeit</th>
              <th scope="col">Wer</th>
              <th scope="col">Was</th>
              <th scope="col">Betrifft</th>
              <th scope="col">Geänderte Angaben</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.revision}-${e.at}`}>
                <td class="admin-time">{formatAuditTime(e.at)}</td>
                <td>{e.by}</td>
                <td>{actionName(e.action)}</td>
                <td>{e.target}</td>
                <td>
                  {e.changes.length === 0 ? (
                    <span class="muted">–</span>
                  ) : (
                    <ul class="admin-changes">
                      {e.changes.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
