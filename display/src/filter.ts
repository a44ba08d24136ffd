/**
 * Owns: which calls a display shows. A display in the Straßenverkehr waiting area is opened with
 * `?departments=strassenverkehr`; without the parameter it shows every department.
 */
import type { CallView } from '#protocol/tickets.ts';

export type DepartmentFilter = ReadonlySet<string> | undefined;

export function departmentsFromSearch(search: string): DepartmentFilter {
  const raw = new URLSearchParams(search).get('departments');
  const ids =
    raw
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  return ids.length > 0 ? new Set(ids) : undefined;
}

export function isShown(call: CallView, filter: DepartmentFilter): boolean {
  return filter === undefined || filter.has(call.departmentId);
}

/** Calls of several offices merged, newest first, filtered. */
export function visibleCalls(lists: readonly (readonly CallView[])[], filter: DepartmentFilter): CallView[] {
  return lists
    .flat()
    .filter((call) => isShown(call, filter))
    .sort((a, b) => b.calledAt - a.calledAt);
}
