/**
 * Owns: the kiosk's own settings as the server gives them (`GET /api/kiosk/config` with the
 * device token): which office, the fast-path services, the idle time, whether staff may leave
 * kiosk mode. Checked here, so a proxy's page or an older server never passes as settings.
 */
import { z } from 'zod';

export const KioskSettings = z.object({
  deviceId: z.string(),
  officeId: z.string().optional(),
  /** services the start screen offers as one big button, in this order */
  fastPathServices: z.array(z.string()).default([]),
  /** seconds of inactivity before the kiosk starts over */
  idleSeconds: z.number().int().positive().default(60),
  /** the kiosk has a staff PIN (checked by the server, never known to the page) */
  staffExit: z.boolean().default(false),
});
export type KioskSettings = z.infer<typeof KioskSettings>;

/** The settings in a server answer, or undefined when the answer is not kiosk settings. */
export function parseSettings(body: unknown): KioskSettings | undefined {
  const parsed = KioskSettings.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
