/** The appointments tab: import from CSV, then the office's appointments. */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { AppointmentsModel } from '../model/appointments.ts';
import { AppointmentImport } from './AppointmentImport.tsx';
import { AppointmentList } from './AppointmentList.tsx';

export function AppointmentsPanel({
  appointments,
  office,
  language,
}: {
  appointments: AppointmentsModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  return (
    <div class="appointments-tab">
      <AppointmentImport appointments={appointments} office={office} language={language} />
      <AppointmentList appointments={appointments} office={office} language={language} />
    </div>
  );
}
