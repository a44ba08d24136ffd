/**
 * Owns: the HTTP side of a Result — success bodies as given, errors as `{ code, message, field? }`
 * with the status from the one table.
 */
import type { Request, Response } from 'express';
import type { Result } from '#protocol/result.ts';
import type { Actor } from '../core/command.ts';
import type { Directory } from '../auth/directory.ts';
import { HTTP_STATUS } from './errors.ts';

export function send<T>(res: Response, result: Result<T>, successStatus = 200): void {
  if (result.ok) res.status(successStatus).json(result.data);
  else res.status(HTTP_STATUS[result.error.code]).json(result.error);
}

/** Staff by session cookie, devices by `Authorization: Bearer <device token>`. */
export function actorOf(directory: Directory, req: Request): Actor | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return directory.device(auth.slice(7).trim())?.actor;
  return directory.fromSessionCookie(req.headers.cookie);
}

export function unauthenticated(res: Response): void {
  res.status(401).json({ code: 'not_authenticated', message: 'log in or send a device token' });
}
