/**
 * Verwaltung (admins only): the setup of the running system in four sections — offices, users,
 * devices, audit trail. Owns the admin models for as long as the tab is open; every change is
 * sent with the revision it was made on and takes effect at once.
 */
import { useModel } from '@preact/signals';
import { AdminModel, type AdminSection } from '../model/admin.ts';
import { httpAdminApi } from '../model/admin-api.ts';
import { DevicesModel } from '../model/admin-devices.ts';
import { OfficeEditorModel } from '../model/admin-office-editor.ts';
import { refusalText } from '../model/admin-problems.ts';
import { UsersModel } from '../model/admin-users.ts';
import type { SessionUser } from '../model/api.ts';
import './admin.css';
import { AuditLog } from './AuditLog.tsx';
import { DevicesSection } from './DevicesSection.tsx';
import { OfficesSection } from './OfficesSection.tsx';
import { UsersSection } from './UsersSection.tsx';

/** The tab's label (the counter app's catalogs have no admin texts yet; these screens are German). */
export const ADMIN_TAB_LABEL = 'Verwaltung';

const SECTIONS: { id: AdminSection; label: string }[] = [
  { id: 'offices', label: 'Dienststellen' },
  { id: 'users', label: 'Benutzer' },
  { id: 'devices', label: 'Geräte' },
  { id: 'audit', label: 'Protokoll' },
];

export function AdminPanel({ user }: { user: SessionUser }) {
  const admin = useModel(() => new AdminModel({ api: httpAdminApi, user }));
  const offices = useModel(() => new OfficeEditorModel({ admin }));
  const users = useModel(() => new UsersModel({ admin }));
  const devices = useModel(() => new DevicesModel({ admin }));
  const section = admin.section.value;
  const everyOffice = user.officeIds === '*';
  return (
    <div class="admin" lang="de">
      <h2 id="admin-heading" class="visually-hidden" tabIndex={-1}>
        Verwaltung
      </h2>
      <nav class="admin-nav" aria-label="Bereiche der Verwaltung">
        <ul>
          {SECTIONS.filter((s) => everyOffice || s.id === 'offices' || s.id === 'audit').map((s) => (
            <li key={s.id}>
              <button
                type="button"
                class="admin-nav__item"
                aria-current={s.id === section ? 'true' : undefined}
                onClick={() => admin.showSection(s.id)}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {/* A form refused for a conflict says so itself, with the same way out. */}
      {admin.stale.value && !offices.conflict.value && !users.conflict.value && !devices.conflict.value && (
        <div class="admin-stale" role="alert">
          <p>
            <strong>Die Einstellungen wurden inzwischen von einer anderen Person geändert.</strong> Ihre
            letzte Änderung wurde nicht gespeichert. Laden Sie den aktuellen Stand und tragen Sie sie erneut
            ein.
          </p>
          <button type="button" class="button" onClick={() => void admin.load()}>
            Aktuellen Stand laden
          </button>
        </div>
      )}
      {admin.loadError.value && (
        <p class="error-text" role="alert">
          {refusalText(admin.loadError.value)}{' '}
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => void admin.load()}
          >
            Erneut laden
          </button>
        </p>
      )}
      <div class="card admin-body">
        {section === 'offices' && <OfficesSection admin={admin} editor={offices} />}
        {section === 'users' && <UsersSection admin={admin} users={users} />}
        {section === 'devices' && <DevicesSection admin={admin} devices={devices} />}
        {section === 'audit' && <AuditLog admin={admin} />}
      </div>
    </div>
  );
}
