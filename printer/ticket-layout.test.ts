import { describe, expect, it } from 'vitest';
import { normaliseForCp858 } from './normalise-text.ts';
import { formatIssuedAt, renderTicket, wrapText, type TicketPrintJob } from './ticket-layout.ts';
import { decodeEscPos, type DecodedJob } from './virtual/decode.ts';

/** 25 Nov 2026, 08:05 in Berlin (CET = UTC+1). */
const ISSUED_AT = Date.UTC(2026, 10, 25, 7, 5);

function aTicket(overrides: Partial<TicketPrintJob> = {}): TicketPrintJob {
  return {
    officeName: 'Bürgeramt Mitte',
    departmentName: 'Straßenverkehr',
    serviceName: 'Führerschein umtauschen',
    number: 'A-001',
    issuedAt: ISSUED_AT,
    timeZone: 'Europe/Berlin',
    language: 'de',
    peopleAhead: 4,
    statusUrl: 'https://aufruf.example/status/A-001?k=x&d=2026-11-25',
    ...overrides,
  };
}

const printed = (job: DecodedJob): string[] => job.lines.map((l) => l.text).filter((t) => t !== '');

describe('renderTicket', () => {
  it('prints the ticket in order, centred, readable back from its bytes', () => {
    const job = decodeEscPos(renderTicket(aTicket()));
    expect(printed(job)).toEqual([
      'Bürgeramt Mitte',
      'Straßenverkehr',
      '-'.repeat(42),
      'Führerschein umtauschen',
      'Ihre Wartenummer',
      'A-001',
      '25.11.2026 08:05',
      'Vor Ihnen: 4',
      'Bitte achten Sie auf die Anzeige',
    ]);
    expect(job.lines.every((l) => l.align === 'center')).toBe(true);
    expect(job.unknown).toEqual([]);
  });

  it('prints the estimated wait as a range in the ticket language', () => {
    const estimate = { lowMinutes: 10, highMinutes: 20 };
    const de = printed(decodeEscPos(renderTicket(aTicket({ waitEstimate: estimate }))));
    expect(de.indexOf('Geschätzte Wartezeit: 10-20 Min.')).toBe(de.indexOf('Vor Ihnen: 4') + 1);
    const en = printed(decodeEscPos(renderTicket(aTicket({ language: 'en', waitEstimate: estimate }))));
    expect(en).toContain('Estimated wait: 10-20 min');
    expect(printed(decodeEscPos(renderTicket(aTicket()))).some((t) => t.startsWith('Geschätzte'))).toBe(
      false,
    );
  });

  it('prints only the number in double width and height, bold', () => {
    const job = decodeEscPos(renderTicket(aTicket({ number: 'A-1000' })));
    const big = job.lines.filter((l) => l.width > 1 || l.height > 1 || l.bold);
    expect(big).toEqual([{ text: 'A-1000', align: 'center', width: 2, height: 2, bold: true }]);
  });

  it('puts the label directly above the number', () => {
    const lines = printed(decodeEscPos(renderTicket(aTicket({ language: 'en' }))));
    expect(lines.indexOf('Your number') + 1).toBe(lines.indexOf('A-001'));
  });

  it('selects code table 19 so umlauts and € print', () => {
    const bytes = renderTicket(aTicket({ serviceName: 'Gebühr 5 €' }));
    expect(bytes.includes(Buffer.from([0x1b, 0x74, 19]))).toBe(true);
    expect(printed(decodeEscPos(bytes))).toContain('Gebühr 5 €');
  });

  it('prints the status URL as a QR code after the text, then cuts once', () => {
    const ticket = aTicket();
    const job = decodeEscPos(renderTicket(ticket));
    // Read back by jsqr from the printed raster image, not from a payload the bytes merely carry.
    expect(job.qrCodes).toEqual([ticket.statusUrl]);
    expect(job.cuts).toBe(1);
    const kinds = job.blocks.map((b) => b.kind).filter((k) => k !== 'line');
    expect(kinds).toEqual(['image', 'cut']);
    expect(job.blocks.at(-1)?.kind).toBe('cut');
  });

  it('prints the QR code as a centred GS v 0 raster with 6-dot modules, never as GS ( k', () => {
    const ticket = aTicket({ statusUrl: 'https://aufruf.example.de/status/?t=AbCdEfGhIjKlMnOpQrStUv' });
    const bytes = renderTicket(ticket);
    expect(bytes.includes(Buffer.from([0x1d, 0x28, 0x6b]))).toBe(false);
    const image = decodeEscPos(bytes).blocks.find((b) => b.kind === 'image');
    // Version 4 (33 modules) + 2 × 4 quiet-zone modules, 6 dots each = 246 dots ≈ 31 mm at 203 dpi.
    expect(image).toMatchObject({
      align: 'center',
      heightDots: 246,
      widthDots: 248,
      qrPayload: ticket.statusUrl,
    });
    expect(image?.kind === 'image' && image.raster.scaleX).toBe(1);
  });

  it('refuses a status URL too long for a QR code', () => {
    expect(() => renderTicket(aTicket({ statusUrl: `https://x.example/${'a'.repeat(3000)}` }))).toThrow(
      RangeError,
    );
  });

  it('leaves out the QR code and the queue position when not given', () => {
    const { statusUrl: _url, peopleAhead: _ahead, ...bare } = aTicket();
    const job = decodeEscPos(renderTicket(bare));
    expect(job.qrCodes).toEqual([]);
    expect(printed(job).some((t) => t.startsWith('Vor Ihnen'))).toBe(false);
    expect(job.cuts).toBe(1);
  });

  it('prints English texts', () => {
    const lines = printed(decodeEscPos(renderTicket(aTicket({ language: 'en', peopleAhead: 0 }))));
    expect(lines).toEqual(
      expect.arrayContaining(['Your number', 'People ahead: 0', 'Please watch the display']),
    );
  });

  it("shows the time in the job's time zone, including summer time", () => {
    const summer = Date.UTC(2026, 6, 1, 22, 30); // 00:30 next day in Berlin (CEST = UTC+2)
    expect(printed(decodeEscPos(renderTicket(aTicket({ issuedAt: summer }))))).toContain('02.07.2026 00:30');
    expect(formatIssuedAt(summer, 'America/New_York')).toBe('01.07.2026 18:30');
  });

  it('replaces typographic characters outside CP858 instead of printing "?"', () => {
    const job = decodeEscPos(renderTicket(aTicket({ officeName: 'Bürgeramt „Nord“ – Haus ‚B‘…' })));
    expect(printed(job)[0]).toBe('Bürgeramt "Nord" - Haus \'B\'...');
  });

  it('wraps long names at word boundaries', () => {
    const long = 'Fachbereich Bürgerdienste und Ordnungsangelegenheiten der Stadtverwaltung';
    const lines = printed(decodeEscPos(renderTicket(aTicket({ departmentName: long }))));
    expect(lines.slice(1, 4)).toEqual([
      'Fachbereich Bürgerdienste und',
      'Ordnungsangelegenheiten der',
      'Stadtverwaltung',
    ]);
    expect(lines.every((l) => l.length <= 42)).toBe(true);
  });

  it('refuses an invalid job instead of printing nonsense', () => {
    expect(() => renderTicket(aTicket({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => renderTicket(aTicket({ peopleAhead: -1 }))).toThrow(RangeError);
    expect(() => renderTicket(aTicket({ issuedAt: Number.NaN }))).toThrow(RangeError);
  });
});

describe('wrapText', () => {
  it('splits words longer than a line', () => {
    expect(wrapText('ab abcdefgh', 4)).toEqual(['ab', 'abcd', 'efgh']);
  });

  it('yields nothing for blank text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});

describe('normaliseForCp858', () => {
  it('composes decomposed umlauts and keeps CP858 characters', () => {
    expect(normaliseForCp858('Fu\u0308hrerschein ß € ä')).toBe('Führerschein ß € ä');
  });
});
