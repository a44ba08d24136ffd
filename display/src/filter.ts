/**
 * Owns: which calls and queues a display shows. A display in the Straßenverkehr waiting area is
 * set up with `departments: ["strassenverkehr"]`, one beside two counters with `counters`, a
 * display for one service with `services`. The URL (`?departments=a,b`, `?services=`, `?counters=`)
 * overrides each key, so a technician can try a filter without touching the configuration.
 * Why "absent" means "all": a display without a filter must never go blank.
 */
import type { DisplayOptions } from '#protocol/display.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { CallView } from '#protocol/tickets.ts';

export interface CallFilter {
  departments?: ReadonlySet<string> | undefined;
  services?: ReadonlySet<string> | undefined;
  counters?: ReadonlySet<string> | undefined;
}

const KEYS = ['departments', 'services', 'counters'] as const;

function idList(raw: string | null): ReadonlySet<string> | undefined {
  const ids =
    raw
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** The filters named in the URL; an empty parameter (`?departments=`) counts as not given. */
export function filterFromSearch(search: string): CallFilter {
  const params = new URLSearchParams(search);
  const filter: CallFilter = {};
  for (const key of KEYS) {
    const ids = idList(params.get(key));
    if (ids) filter[key] = ids;
  }
  return filter;
}

/** The settings' filters with each key the URL gives replaced by the URL's. */
export function effectiveFilter(
  settings: Pick<DisplayOptions, 'departments' | 'services' | 'counters'>,
  url: CallFilter,
): CallFilter {
  const filter: CallFilter = {};
  for (const key of KEYS) {
    const fromSettings = settings[key];
    const ids = url[key] ?? (fromSettings && fromSettings.length > 0 ? new Set(fromSettings) : undefined);
    if (ids) filter[key] = ids;
  }
  return filter;
}

/**
 * Whether a call belongs on this display. A call stored before calls carried their service has
 * no `serviceId`; a service filter cannot vouch for it, so it is left out rather than shown wrongly.
 */
export function isShown(call: CallView, filter: CallFilter): boolean {
  if (filter.departments && !filter.departments.has(call.departmentId)) return false;
  if (filter.counters && !filter.counters.has(call.counterId)) return false;
  if (filter.services && (call.serviceId === undefined || !filter.services.has(call.serviceId))) return false;
  return true;
}

/** Calls of several offices merged, newest first, filtered. */
export function visibleCalls(lists: readonly (readonly CallView[])[], filter: CallFilter): CallView[] {
  return lists
    .flat()
    .filter((call) => isShown(call, filter))
    .sort((a, b) => b.calledAt - a.calledAt);
}

/**
 * Whether a service's queue belongs on this display: its department and the service itself must
 * pass, and with a counter filter one of those counters must serve it (people at Platz 1–2 care
 * about the queues those two work through).
 */
export function isServiceShown(
  service: { id: string; departmentId: string },
  office: Pick<OfficeView, 'counters'>,
  filter: CallFilter,
): boolean {
  if (filter.departments && !filter.departments.has(service.departmentId)) return false;
  if (filter.services && !filter.services.has(service.id)) return false;
  if (filter.counters) {
    const counters = filter.counters;
    return office.counters.some((c) => counters.has(c.id) && c.serviceIds.includes(service.id));
  }
  return true;
}
