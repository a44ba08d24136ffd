/**
 * Owns: which services the start screen offers as one big button, skipping the department and
 * service choice — "Dokumente abholen" is a 3-minute errand and should not take four touches.
 * The list comes from the kiosk's device settings (`fastPathServices`).
 */
import type { OfficeView, ServiceView } from '#protocol/office.ts';

/**
 * The office's fast-path services, in the order of `ids`, only from departments this kiosk shows.
 * An id the office does not have is skipped.
 */
export function fastPathServices(office: OfficeView | undefined, ids: readonly string[]): ServiceView[] {
  if (!office) return [];
  const shown = new Set(office.departments.map((d) => d.id));
  return ids.flatMap((id) => office.services.find((s) => s.id === id && shown.has(s.departmentId)) ?? []);
}
