/**
 * A QR code drawn as SVG from the module matrix, for links a phone should open (the ticket's
 * status page). Runs of dark modules in a row become one rect, so even long links stay light.
 */
import { create } from 'qrcode';

export function QrCode({ text, label, sizePx = 200 }: { text: string; label: string; sizePx?: number }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 4;
  const rects: preact.JSX.Element[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      rects.push(<rect key={`${y}-${start}`} x={start + quiet} y={y + quiet} width={x - start} height={1} />);
    }
  }
  const size = n + 2 * quiet;
  return (
    <svg
      role="img"
      aria-label={label}
      width={sizePx}
      height={sizePx}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
      class="qr-code"
    >
      <rect width={size} height={size} fill="#fff" />
      <g fill="#000">{rects}</g>
    </svg>
  );
}
