/**
 * Owns: structured logging (pino, one JSON line per event). Redaction keeps anything a card
 * reader or a login form carries out of the log, even if a caller passes it by mistake.
 */
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'mrz', '*.mrz', 'token', '*.token', 'deviceToken'],
      censor: '[redacted]',
    },
  });
}
