/**
 * Owns: keeping unattended screens (kiosk, wall display) current after a server update. When the
 * server refuses the handshake because it speaks a newer protocol, reload the page to fetch the
 * new app. The delay keeps a half-finished deployment from causing a reload loop.
 */
import { effect } from '@preact/signals';
import type { Connection } from './connection.ts';

export function reloadOnProtocolChange(connection: Connection, delayMs = 30_000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = effect(() => {
    if (connection.refused.value?.code === 'protocol_mismatch' && timer === undefined) {
      timer = setTimeout(() => window.location.reload(), delayMs);
    }
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
