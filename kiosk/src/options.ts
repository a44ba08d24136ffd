/**
 * Owns: what a kiosk page reads from its URL: only `?idle=<seconds>`, which shortens the idle
 * time for tests. Everything else a kiosk needs (fast path, idle time, staff exit) comes from its
 * device settings on the server (settings.ts). The kiosk browser runs full screen without an
 * address bar, so the URL is not on show.
 */
export interface KioskOptions {
  /** seconds of inactivity before the kiosk starts over; overrides the device setting */
  idleSeconds?: number;
}

/** Parses `?idle=30`; anything malformed is ignored. */
export function kioskOptions(search: string): KioskOptions {
  const params = new URLSearchParams(search);
  const options: KioskOptions = {};
  const idle = Number(params.get('idle') ?? Number.NaN);
  if (Number.isInteger(idle) && idle >= 5 && idle <= 600) options.idleSeconds = idle;
  return options;
}
