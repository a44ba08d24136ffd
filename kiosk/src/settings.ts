/**
 * Owns: the kiosk's own settings as the server gives them (`GET /api/kiosk/config` with the
 * device token): which office, the fast-path services, the idle time, whether staff may leave
 * kiosk mode. Checked here, so a proxy's page or an older server never passes as settings.
 * Why by hand and not with zod: the kiosk's first download stays free of it; five fields need
 * no schema library.
 */

export interface KioskSettings {
  deviceId: string;
  officeId?: string | undefined;
  /** services the start screen offers as one big button, in this order */
  fastPathServices: string[];
  /** seconds of inactivity before the kiosk starts over */
  idleSeconds: number;
  /** the kiosk has a staff PIN (checked by the server, never known to the page) */
  staffExit: boolean;
}

/** The settings in a server answer (defaults for what it leaves out), or undefined when it is not kiosk settings. */
export function parseSettings(body: unknown): KioskSettings | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const {
    deviceId,
    officeId,
    fastPathServices = [],
    idleSeconds = 60,
    staffExit = false,
  } = body as Record<string, unknown>;
  const valid =
    typeof deviceId === 'string' &&
    (officeId === undefined || typeof officeId === 'string') &&
    Array.isArray(fastPathServices) &&
    fastPathServices.every((id) => typeof id === 'string') &&
    Number.isInteger(idleSeconds) &&
    (idleSeconds as number) > 0 &&
    typeof staffExit === 'boolean';
  if (!valid) return undefined;
  return {
    deviceId,
    ...(officeId === undefined ? {} : { officeId }),
    fastPathServices: fastPathServices as string[],
    idleSeconds: idleSeconds as number,
    staffExit,
  };
}
