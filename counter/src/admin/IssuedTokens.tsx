/**
 * A new device's token, shown once: the full pairing address to open on the device, as text to
 * copy and as a QR code, and the kiosk agent's own token when it has one. The server keeps only
 * a hash; once dismissed, the page forgets it too.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { IssuedTokens as Tokens } from '#protocol/admin.ts';
import { QrCode } from '#web/components/QrCode.tsx';

export function IssuedTokens({
  deviceId,
  tokens,
  onDone,
}: {
  deviceId: string;
  tokens: Tokens;
  onDone: () => void;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [tokens]);
  const url = tokens.pairingPath ? `${location.origin}${tokens.pairingPath}` : undefined;
  return (
    <section class="admin-tokens" aria-labelledby="admin-tokens-heading">
      <h3 id="admin-tokens-heading" tabIndex={-1} ref={ref}>
        Kopplung für {deviceId}
      </h3>
      <p class="admin-tokens__once" id="admin-tokens-once">
        <strong>Wird nur jetzt angezeigt.</strong> Öffnen Sie die Adresse jetzt auf dem Gerät oder scannen Sie
        den QR-Code. Später lässt sich nur ein neues Token erstellen – das alte gilt dann nicht mehr.
      </p>
      {url && (
        <div class="admin-tokens__pair">
          <QrCode text={url} label={`QR-Code der Kopplungsadresse für ${deviceId}`} sizePx={220} />
          <div class="field admin-field admin-field--l">
            <label for="admin-pairing-url">Kopplungsadresse</label>
            <input
              id="admin-pairing-url"
              readOnly
              value={url}
              aria-describedby="admin-tokens-once"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => void navigator.clipboard?.writeText(url).catch(() => undefined)}
            >
              Adresse kopieren
            </button>
          </div>
        </div>
      )}
      {tokens.agentToken && (
        <div class="field admin-field admin-field--l">
          <label for="admin-agent-token">Token des Kiosk-Agenten (AUFRUF_DEVICE_TOKEN_FILE)</label>
          <input
            id="admin-agent-token"
            readOnly
            value={tokens.agentToken}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <button type="button" class="button" onClick={onDone}>
        Erledigt – Token ausblenden
      </button>
    </section>
  );
}
