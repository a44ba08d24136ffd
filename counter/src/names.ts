/** Display names looked up in the office description, in the user's language. */
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';

export function serviceName(office: OfficeView | undefined, serviceId: string, language: Language): string {
  const service = office?.services.find((s) => s.id === serviceId);
  return service ? localized(service.names, language) : serviceId;
}
