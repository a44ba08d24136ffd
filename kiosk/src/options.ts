/**
 * Owns: the settings a kiosk page reads from its URL — for now. The kiosk's device configuration
 * on the server will provide the staff PIN (and the fast-path services, see fast-path.ts); until
 * then `?pin=` sets it, and without it the staff exit is off. The kiosk browser runs full screen
 * without an address bar, so the URL is not on show.
 */
export interface KioskOptions {
  /** 4–8 digits that let staff leave kiosk mode; undefined: no staff exit on this kiosk */
  staffPin?: string;
  /** seconds of inactivity before the kiosk starts over (default 60) */
  idleSeconds?: number;
}

/** Parses `?pin=4711&idle=30`; anything malformed is ignored, so a typo never opens the kiosk. */
export function kioskOptions(search: string): KioskOptions {
  const params = new URLSearchParams(search);
  const options: KioskOptions = {};
  const pin = params.get('pin');
  if (pin !== null && /^\d{4,8}$/.test(pin)) options.staffPin = pin;
  const idle = Number(params.get('idle') ?? Number.NaN);
  if (Number.isInteger(idle) && idle >= 5 && idle <= 600) options.idleSeconds = idle;
  return options;
}
