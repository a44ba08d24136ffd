/**
 * Owns: which setup revision an admin's change is sent with. Every change names the revision it
 * was made on; the server refuses it (`conflict`) when the setup moved on since.
 * Why not always the latest: a form opened at revision 3 must not be sent as "made on revision 5"
 * when revision 4 was another admin's — that would overwrite their change unseen. Only the
 * page's own changes in between are safe to step over. Pure.
 */
export function revisionFor(base: number, current: number, own: ReadonlySet<number>): number {
  for (let r = base + 1; r <= current; r++) if (!own.has(r)) return base;
  return current;
}
