/**
 * Draws a decoded job as an SVG paper strip. PURE.
 *
 * Why from the decoded bytes: the admin's preview then shows exactly what the printer receives,
 * including mistakes (a "?" for an unprintable character, a missing cut).
 */
import type { Align, DecodedJob, PrintedBlock, PrintedLine, RasterImage } from './decode.ts';

/** 80 mm paper at 180 dpi ≈ 576 dots; one dot = one SVG unit. */
const PAPER_WIDTH = 576;
const MARGIN = 12;
/** Font A cell is 12 × 24 dots. */
const CELL_HEIGHT = 24;
const FONT_SIZE = 20;
const LINE_GAP = 6;
const QR_BOX = 168;
const PAYLOAD_CHARS_PER_ROW = 40;

const ANCHOR: Record<Align, { x: number; anchor: string }> = {
  left: { x: MARGIN, anchor: 'start' },
  center: { x: PAPER_WIDTH / 2, anchor: 'middle' },
  right: { x: PAPER_WIDTH - MARGIN, anchor: 'end' },
};

/** Escapes text for element content and attribute values, dropping characters XML forbids. */
export function escapeXml(value: string): string {
  return (
    value
      // Control characters are exactly what XML 1.0 forbids, so matching them is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function chunk(value: string, size: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < value.length; i += size) rows.push(value.slice(i, i + size));
  return rows.length > 0 ? rows : [''];
}

function drawLine(line: PrintedLine, top: number): { svg: string; height: number } {
  const height = CELL_HEIGHT * line.height + LINE_GAP;
  const { x, anchor } = ANCHOR[line.align];
  const baseline = top + CELL_HEIGHT * line.height - 5;
  // Scale around the anchor point so double width/height grow the glyphs, not the positions.
  const transform = `translate(${x} ${baseline}) scale(${line.width} ${line.height})`;
  const weight = line.bold ? ' font-weight="bold"' : '';
  const svg = `<text transform="${transform}" text-anchor="${anchor}"${weight}>${escapeXml(line.text)}</text>`;
  return { svg, height };
}

/**
 * Black dots of a raster as rectangles: each row's runs of black dots become one rectangle, and a
 * run repeated in the rows below (a QR module is moduleSize rows tall) stretches it downwards.
 */
export function rasterRects(
  raster: RasterImage,
): Array<{ x: number; y: number; width: number; height: number }> {
  const { bytesPerRow, rows, data, scaleX, scaleY } = raster;
  const done: Array<{ x: number; y: number; width: number; height: number }> = [];
  // Rectangles still growing, keyed by "start:end" of their run in dots.
  let open = new Map<string, { x: number; y: number; width: number; height: number }>();
  const isBlack = (row: number, x: number): boolean =>
    ((data[row * bytesPerRow + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
  for (let row = 0; row < rows; row++) {
    const next = new Map<string, { x: number; y: number; width: number; height: number }>();
    for (let x = 0; x < bytesPerRow * 8; x++) {
      if (!isBlack(row, x)) continue;
      const start = x;
      while (x + 1 < bytesPerRow * 8 && isBlack(row, x + 1)) x++;
      const key = `${start}:${x}`;
      const rect = open.get(key) ?? { x: start, y: row, width: x - start + 1, height: 0 };
      open.delete(key);
      rect.height++;
      next.set(key, rect);
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.map((r) => ({
    x: r.x * scaleX,
    y: r.y * scaleY,
    width: r.width * scaleX,
    height: r.height * scaleY,
  }));
}

function drawImage(
  block: Extract<PrintedBlock, { kind: 'image' }>,
  top: number,
): { svg: string; height: number } {
  const left =
    block.align === 'center'
      ? Math.floor((PAPER_WIDTH - block.widthDots) / 2)
      : block.align === 'right'
        ? PAPER_WIDTH - MARGIN - block.widthDots
        : MARGIN;
  // Not printed, but lets a screen reader (and a curious admin) see what the QR code says.
  const title = block.qrPayload === undefined ? '' : `<title>QR: ${escapeXml(block.qrPayload)}</title>`;
  const rects = rasterRects(block.raster).map(
    (r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"/>`,
  );
  const svg = `<g transform="translate(${left} ${top})" shape-rendering="crispEdges">${title}${rects.join('')}</g>`;
  return { svg, height: block.heightDots + LINE_GAP };
}

function drawBlock(block: PrintedBlock, top: number): { svg: string; height: number } {
  switch (block.kind) {
    case 'line':
      return drawLine(block.line, top);
    case 'image':
      return drawImage(block, top);
    case 'qr': {
      // GS ( k: the printer draws the symbol itself, so show a placeholder with the payload.
      const rows = chunk(block.payload, PAYLOAD_CHARS_PER_ROW);
      const left = (PAPER_WIDTH - QR_BOX) / 2;
      const parts = [
        `<rect x="${left}" y="${top}" width="${QR_BOX}" height="${QR_BOX}" fill="#eee" stroke="#000"/>`,
        `<text x="${PAPER_WIDTH / 2}" y="${top + QR_BOX / 2}" text-anchor="middle" font-weight="bold">QR</text>`,
        ...rows.map(
          (row, i) =>
            `<text x="${PAPER_WIDTH / 2}" y="${top + QR_BOX + 18 + i * 16}" text-anchor="middle" font-size="13">${escapeXml(row)}</text>`,
        ),
      ];
      return { svg: parts.join(''), height: QR_BOX + 10 + rows.length * 16 + LINE_GAP };
    }
    case 'cut': {
      const y = top + 8;
      const dash = block.partial ? '4 8' : '10 6';
      return {
        svg: `<line x1="0" y1="${y}" x2="${PAPER_WIDTH}" y2="${y}" stroke="#c00" stroke-dasharray="${dash}"/>`,
        height: 16,
      };
    }
  }
}

/** SVG document of the job, 576 units wide; height grows with the content. */
export function renderPreviewSvg(job: DecodedJob): string {
  let top = MARGIN;
  const body: string[] = [];
  for (const block of job.blocks) {
    const { svg, height } = drawBlock(block, top);
    body.push(svg);
    top += height;
  }
  const total = top + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAPER_WIDTH}" height="${total}" viewBox="0 0 ${PAPER_WIDTH} ${total}">`,
    `<rect width="${PAPER_WIDTH}" height="${total}" fill="#fff"/>`,
    `<g font-family="DejaVu Sans Mono, Consolas, monospace" font-size="${FONT_SIZE}" fill="#000" xml:space="preserve">`,
    ...body,
    '</g>',
    '</svg>',
  ].join('\n');
}
