/**
 * Owns: refusing cross-site use of a staff session (CSRF), as a second wall behind the
 * SameSite=Strict cookie: a browser sends `Origin` with every cross-origin request and with
 * every POST; when it names another host than the one asked, a cookie-authenticated change is
 * refused. Device requests (bearer tokens) and requests without `Origin` (curl, the kiosk agent)
 * carry no ambient credentials and are not affected.
 */
import type { NextFunction, Request, Response } from 'express';

/**
 * Whether an `Origin` header names the host the request was sent to, or the public address
 * (`publicUrl`: a reverse proxy may pass its own upstream address as Host).
 */
export function sameOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicHost?: string,
): boolean {
  if (origin === undefined) return true;
  try {
    const from = new URL(origin).host;
    return from === host || (publicHost !== undefined && from === publicHost);
  } catch {
    return false; // "null" (sandboxed frames, file://) or garbage
  }
}

/** The host of a configured public URL, if any. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function refuseCrossSiteChanges(publicHost: string | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const usesCookie = req.headers.cookie !== undefined && !req.headers.authorization;
    if (SAFE.has(req.method) || !usesCookie || sameOrigin(req.headers.origin, req.headers.host, publicHost)) {
      return next();
    }
    res
      .status(403)
      .json({ code: 'forbidden', message: 'cross-site request refused (Origin does not match)' });
  };
}
