/**
 * Geräte: every kiosk and wall display with its offices and key settings; add one (its token is
 * shown once), change its settings, renew its token or remove it — both after confirming.
 */
import type { AdminModel } from '../model/admin.ts';
import { deviceSummary } from '../model/admin-device-form.ts';
import type { DevicesAdminModel } from '../model/admin-devices.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { SectionMessages } from './SectionMessages.tsx';
import { DeviceFormView } from './DeviceFormView.tsx';
import { IssuedTokens } from './IssuedTokens.tsx';

const KIND_NAMES = { kiosk: 'Kiosk', display: 'Anzeige' } as const;

export function DevicesSection({ admin, devices }: { admin: AdminModel; devices: DevicesAdminModel }) {
  const setup = admin.setup.value;
  const officeName = (id: string) => setup?.offices.find((o) => o.id === id)?.name ?? id;
  const form = devices.form.value;
  const issued = devices.issued.value;
  const confirming = devices.confirming.value;
  return (
    <section class="admin-section" aria-labelledby="admin-devices-heading">
      <div class="card__title-row">
        <h2 id="admin-devices-heading">Geräte</h2>
        <div class="admin-actions">
          <button
            type="button"
            class="button"
            disabled={form !== undefined}
            onClick={() => devices.startNew('display')}
          >
            + Anzeige koppeln
          </button>
          <button
            type="button"
            class="button"
            disabled={form !== undefined}
            onClick={() => devices.startNew('kiosk')}
          >
            + Kiosk koppeln
          </button>
        </div>
      </div>
      <SectionMessages notice={devices.notice.value} refusal={devices.listRefusal.value} />
      {issued && (
        <IssuedTokens deviceId={issued.deviceId} tokens={issued.tokens} onDone={() => admin.forgetTokens()} />
      )}
      {form && <DeviceFormView admin={admin} devices={devices} form={form} />}
      <table class="admin-table">
        <caption class="visually-hidden">Geräte ({setup?.devices.length ?? 0})</caption>
        <thead>
          <tr>
            <th scope="col">Gerät</th>
            <th scope="col">Art</th>
            <th scope="col">Dienststellen</th>
            <th scope="col">Einstellungen</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {(setup?.devices ?? []).map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.id}</th>
              <td>{KIND_NAMES[d.kind]}</td>
              <td>{d.offices.map(officeName).join(', ')}</td>
              <td class="admin-summary-cell">{deviceSummary(d)}</td>
              <td>
                <div class="admin-actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => devices.startEdit(d.id)}
                  >
                    Bearbeiten<span class="visually-hidden"> {d.id}</span>
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => devices.ask({ kind: 'renew', deviceId: d.id })}
                  >
                    Token erneuern<span class="visually-hidden"> für {d.id}</span>
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => devices.ask({ kind: 'delete', deviceId: d.id })}
                  >
                    Entfernen<span class="visually-hidden"> {d.id}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <ConfirmDialog
          id="admin-device-confirm"
          title={
            confirming.kind === 'renew'
              ? `Token für ${confirming.deviceId} erneuern?`
              : `Gerät ${confirming.deviceId} entfernen?`
          }
          confirmLabel={confirming.kind === 'renew' ? 'Token erneuern' : `${confirming.deviceId} entfernen`}
          busy={devices.busy.value}
          onConfirm={() => void devices.confirm()}
          onCancel={() => devices.cancel()}
        >
          <p>
            {confirming.kind === 'renew'
              ? 'Das bisherige Token gilt sofort nicht mehr; das Gerät muss mit der neuen Adresse neu gekoppelt werden.'
              : 'Das Gerät wird sofort getrennt und sein Token gilt nicht mehr. Das lässt sich nicht rückgängig machen.'}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
