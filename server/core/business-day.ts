/**
 * Owns: which business day an instant belongs to, in the office's time zone.
 * Why Intl: it is deterministic and needs no I/O, so the core stays pure.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function businessDayOf(at: number, timeZone: string): string {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    // en-CA formats dates as YYYY-MM-DD.
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, fmt);
  }
  return fmt.format(at);
}
