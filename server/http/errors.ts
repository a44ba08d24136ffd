/**
 * Owns: the one table from error code to HTTP status.
 */
import type { ErrorCode } from '#protocol/result.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_authenticated: 401,
  forbidden: 403,
  not_found: 404,
  service_closed: 409,
  daily_cap_reached: 409,
  counter_closed: 409,
  counter_paused: 409,
  counter_busy: 409,
  counter_taken: 409,
  queue_empty: 409,
  invalid_state: 409,
  not_your_ticket: 403,
  invalid_credentials: 401,
  rate_limited: 429,
  conflict: 409,
  in_use: 409,
  storage_failed: 503,
  protocol_mismatch: 400,
  check_in_too_early: 409,
  check_in_too_late: 409,
  internal_error: 500,
};
