/**
 * Owns: the services of an office grouped by department, in the order the office lists them —
 * what a clerk chooses from when issuing a number. Pure, so the order rules are unit-tested.
 * Why not `office.services` as is: that list is flat; the kiosk and the clerk both think in
 * departments first (Bürgerbüro, Straßenverkehr).
 */
import type { DepartmentView, OfficeView, ServiceView } from '#protocol/office.ts';

export interface ServiceGroup {
  /** undefined for services whose department is not described (a configuration slip) */
  department: DepartmentView | undefined;
  services: ServiceView[];
}

/**
 * Departments in office order, each with its services in the department's order. A service that
 * no department lists is not dropped: it ends up in a last group without a department.
 */
export function servicesByDepartment(office: Pick<OfficeView, 'departments' | 'services'>): ServiceGroup[] {
  const byId = new Map(office.services.map((s) => [s.id, s]));
  const listed = new Set<string>();
  const groups: ServiceGroup[] = [];
  for (const department of office.departments) {
    const services = department.serviceIds.flatMap((id) => byId.get(id) ?? []);
    for (const s of services) listed.add(s.id);
    if (services.length > 0) groups.push({ department, services });
  }
  const rest = office.services.filter((s) => !listed.has(s.id));
  if (rest.length > 0) groups.push({ department: undefined, services: rest });
  return groups;
}
