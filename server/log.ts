/**
 * Owns: structured logging (pino, one JSON line per event). Redaction keeps anything a card
 * reader or a login form carries out of the log, even if a caller passes it by mistake.
 */
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** `destination`: where the JSON lines go (stdout by default; tests collect them). */
export function createLogger(level = 'info', destination?: { write(line: string): void }): Logger {
  const options = {
    level,
    redact: {
      paths: ['password', '*.password', 'mrz', '*.mrz', 'token', '*.token', 'deviceToken'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
