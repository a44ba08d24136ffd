/**
 * The logger the readers write to: the agent passes a pino child logger (or its own
 * `AgentLogger`; `debug` is optional for that reason), tests pass a spy.
 *
 * Privacy rule for every call in this folder (§ 20 PAuswG, house style C3.17): fields carry
 * device facts (path, vendor/product id, counts, lengths, format, valid/expired) and never what
 * a reader read: no MRZ line, no document number, no name, no birth date, no scanned code.
 */
export interface ReaderLogger {
  debug?(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
}

/** For callers that do not want reader logs. */
export const silentLogger: ReaderLogger = {
  info: () => undefined,
  warn: () => undefined,
};
