/**
 * Owns: the staff session cookie — a signed, expiring token (HMAC-SHA256). Stateless, so a
 * restart keeps everyone logged in; the secret lives in the data directory. Only logouts are
 * remembered (until the session would have expired), in the data directory too.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'aufruf_session';

export interface SessionClaims {
  /** user name */
  u: string;
  /** expiry, epoch ms */
  exp: number;
  /**
   * the account's credential version when the session began (see Directory): a new password or
   * a deleted and re-created account ends every older session
   */
  v?: string | undefined;
}

export class Sessions {
  /** signature → expiry of sessions ended by logout before their time */
  private revoked = new Map<string, number>();

  /**
   * `revoked`: sessions ended by logout, as kept (signature → expiry); `persist` keeps them
   * across restarts, so a logged-out cookie stays dead after one.
   */
  constructor(
    private readonly secret: Buffer,
    private readonly lifetimeMs: number,
    private readonly clock: () => number,
    revoked: Record<string, number> = {},
    private readonly persist?: (revoked: Record<string, number>) => Promise<void>,
  ) {
    const now = clock();
    for (const [signature, exp] of Object.entries(revoked)) if (exp > now) this.revoked.set(signature, exp);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  issue(username: string, version?: string): { token: string; expires: Date } {
    const exp = this.clock() + this.lifetimeMs;
    const payload = Buffer.from(
      JSON.stringify({ u: username, exp, v: version } satisfies SessionClaims),
    ).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expires: new Date(exp) };
  }

  /**
   * Ends a session before it expires (logout): at once in memory, and durably where `persist` is
   * given (resolves when written). Kept until the session would have expired anyway.
   */
  async revoke(token: string | undefined): Promise<void> {
    const claims = this.verify(token);
    const signature = token?.split('.')[1];
    if (!claims || !signature) return;
    const now = this.clock();
    for (const [sig, exp] of this.revoked) if (exp <= now) this.revoked.delete(sig);
    this.revoked.set(signature, claims.exp);
    await this.persist?.(Object.fromEntries(this.revoked));
  }

  verify(token: string | undefined): SessionClaims | undefined {
    if (!token) return undefined;
    const [payload, signature] = token.split('.');
    if (!payload || !signature || this.revoked.has(signature)) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
      return typeof claims.u === 'string' && typeof claims.exp === 'number' && claims.exp > this.clock()
        ? claims
        : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Reads one cookie from a Cookie header without a dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // malformed percent-encoding: no session, never an exception
      }
    }
  }
  return undefined;
}
