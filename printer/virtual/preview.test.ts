import { describe, expect, it } from 'vitest';
import type { DecodedJob, PrintedBlock } from './decode.ts';
import { escapeXml, renderPreviewSvg } from './preview.ts';

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

describe('escapeXml', () => {
  it('drops control characters XML cannot hold', () => {
    expect(escapeXml("a\u0001b'")).toBe('ab&apos;');
  });
});
