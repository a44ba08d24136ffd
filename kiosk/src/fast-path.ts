/**
 * Owns: which services the start screen offers as one big button, skipping the department and
 * service choice — "Dokumente abholen" is a 3-minute errand and should not take four touches.
 */
import type { OfficeView, ServiceView } from '#protocol/office.ts';

/**
 * For now a constant; the kiosk's device configuration will provide this list (a server change,
 * not made yet). An id the office does not have is skipped.
 */
export const FAST_PATH_SERVICE_IDS: readonly string[] = ['abholung'];

/** The office's fast-path services, in the order of `ids`, only from departments this kiosk shows. */
export function fastPathServices(
  office: OfficeView | undefined,
  ids: readonly string[] = FAST_PATH_SERVICE_IDS,
): ServiceView[] {
  if (!office) return [];
  const shown = new Set(office.departments.map((d) => d.id));
  return ids.flatMap((id) => office.services.find((s) => s.id === id && shown.has(s.departmentId)) ?? []);
}
