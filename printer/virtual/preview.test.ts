import { describe, expect, it } from 'vitest';
import { qrRasterCommand } from '../qr-raster.ts';
import { decodeEscPos, type DecodedJob, type PrintedBlock, type RasterImage } from './decode.ts';
import { escapeXml, rasterRects, renderPreviewSvg } from './preview.ts';

function aJob(blocks: PrintedBlock[]): DecodedJob {
  return { lines: [], qrCodes: [], cuts: 0, unknown: [], blocks };
}

describe('renderPreviewSvg', () => {
  const svg = renderPreviewSvg(
    aJob([
      {
        kind: 'line',
        line: { text: 'Bürgeramt <Mitte> & "Co"', align: 'center', width: 1, height: 1, bold: false },
      },
      { kind: 'line', line: { text: 'A-001', align: 'center', width: 2, height: 2, bold: true } },
      { kind: 'line', line: { text: 'links', align: 'left', width: 1, height: 1, bold: false } },
      { kind: 'qr', payload: 'https://x.example/s?a=1&b=2' },
      { kind: 'cut', partial: false },
    ]),
  );

  it('is an 80 mm wide SVG document', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="576" /);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('escapes text', () => {
    expect(svg).toContain('Bürgeramt &lt;Mitte&gt; &amp; &quot;Co&quot;');
    expect(svg).not.toContain('<Mitte>');
  });

  it('draws size, weight and alignment', () => {
    expect(svg).toMatch(
      /<text transform="translate\(288 \d+\) scale\(2 2\)" text-anchor="middle" font-weight="bold">A-001<\/text>/,
    );
    expect(svg).toMatch(/text-anchor="start">links</);
  });

  it('shows the QR payload in a placeholder and one dashed line per cut', () => {
    expect(svg).toContain('https://x.example/s?a=1&amp;b=2');
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
  });

  it('grows with the content', () => {
    const height = (s: string): number => Number(/height="(\d+)"/.exec(s)?.[1]);
    const one = renderPreviewSvg(
      aJob([{ kind: 'line', line: { text: 'x', align: 'left', width: 1, height: 1, bold: false } }]),
    );
    expect(height(svg)).toBeGreaterThan(height(one));
  });
});

describe('raster images', () => {
  const raster = (rows: number[][], scale: 1 | 2 = 1): RasterImage => ({
    bytesPerRow: rows[0]!.length,
    rows: rows.length,
    data: Uint8Array.from(rows.flat()),
    scaleX: scale,
    scaleY: scale,
  });

  it('merges each row into runs and stretches runs repeated below', () => {
    // Rows 0–1: dots 0–3 and 8–15; row 2: dots 0–3 only.
    const rects = rasterRects(
      raster([
        [0xf0, 0xff],
        [0xf0, 0xff],
        [0xf0, 0x00],
      ]),
    );
    expect(rects).toEqual(
      expect.arrayContaining([
        { x: 0, y: 0, width: 4, height: 3 },
        { x: 8, y: 0, width: 8, height: 2 },
      ]),
    );
    expect(rects).toHaveLength(2);
  });

  it('scales by GS v 0 double width and height', () => {
    expect(rasterRects(raster([[0x0f]], 2))).toEqual([{ x: 8, y: 0, width: 8, height: 2 }]);
  });

  it('draws a printed QR code dot for dot, centred, in a compact SVG', () => {
    const url = 'https://aufruf.example.de/status/?t=AbCdEfGhIjKlMnOpQrStUv';
    const job = decodeEscPos(Buffer.concat([Buffer.from([0x1b, 0x61, 0x01]), qrRasterCommand(url)]));
    const image = job.blocks[0];
    if (image?.kind !== 'image') throw new Error('expected an image');
    const svg = renderPreviewSvg(job);
    // 248 dots wide on 576: starts at dot 164.
    expect(svg).toContain('<g transform="translate(164 12)" shape-rendering="crispEdges">');
    expect(svg).toContain(`<title>QR: ${url}</title>`);
    // Every black dot is covered exactly once by the rectangles.
    const area = rasterRects(image.raster).reduce((sum, r) => sum + r.width * r.height, 0);
    const dots = [...image.raster.data].reduce((sum, b) => sum + b.toString(2).replace(/0/g, '').length, 0);
    expect(area).toBe(dots);
    expect(svg.match(/<rect /g)!.length).toBeLessThan(1000);
    expect(svg.length).toBeLessThan(40_000);
  });
});

describe('escapeXml', () => {
  it('drops control characters XML cannot hold', () => {
    expect(escapeXml("a\u0001b'")).toBe('ab&apos;');
  });
});
