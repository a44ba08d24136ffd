/** Bumped on every incompatible change of events or payloads; checked in the Socket.IO handshake. */
export const PROTOCOL_VERSION = 1;
