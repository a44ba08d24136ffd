/**
 * A drawn ticket comes out of the (virtual) printer: we read it back from the decoded ESC/POS
 * bytes — number in double size, office, service, time, cut — and a jammed printer never costs
 * the citizen their number.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintedJob } from '#printer';
import { KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

let sys: TestSystem;
beforeEach(async () => {
  sys = await startSystem({ now: Date.UTC(2026, 10, 25, 9, 5) }); // 10:05 in Berlin
});
afterEach(async () => {
  await sys.close();
});

function nextJob(): Promise<PrintedJob> {
  return new Promise((resolve) => {
    const off = sys.printer.onJob((job) => {
      off();
      resolve(job);
    });
  });
}

describe('ticket printing', () => {
  it('prints office, service, the number in double size, date and time, and cuts', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    const job = nextJob();
    const drawn = await kiosk.timeout(5000).emitWithAck('ticket:draw', {
      officeId: OFFICE,
      serviceId: 'fuehrerschein',
      language: 'de',
    });
    expect(drawn).toMatchObject({
      ok: true,
      data: { print: { status: 'printed' }, ticket: { number: 'F-001' } },
    });
    const { decoded } = await job;
    const texts = decoded.lines.map((l) => l.text.trim());
    expect(texts).toContain('Stadt Leverkusen - Bürgerservice');
    expect(texts).toContain('Straßenverkehr');
    expect(texts).toContain('Führerschein (Umtausch / Ersterteilung)');
    const number = decoded.lines.find((l) => l.text.trim() === 'F-001');
    expect(number).toMatchObject({ width: 2, height: 2, bold: true });
    expect(texts.some((t) => t.includes('25.11.2026') && t.includes('10:05'))).toBe(true);
    expect(decoded.cuts).toBe(1);
    expect(decoded.unknown).toEqual([]);
  });

  it('prints in English when the citizen chose English', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    const job = nextJob();
    await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung', language: 'en' });
    const texts = (await job).decoded.lines.map((l) => l.text.trim());
    expect(texts).toContain('Register / change address');
    // Typographic quotes are outside CP858 and are printed as plain ones.
    expect(texts).toContain("Citizens' Office");
  });

  it('keeps the number when the paper is out, says why, and prints nothing', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    sys.printer.setState({ paperEnd: true });
    const before = sys.printer.jobs.length;
    const drawn = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    expect(drawn.ok).toBe(true);
    if (!drawn.ok) return;
    expect(drawn.data.ticket.number).toBe('A-001');
    expect(drawn.data.print.status).toBe('failed');
    expect(drawn.data.print.reason).toMatch(/paper/i);
    expect(sys.printer.jobs.length).toBe(before);
    const state = await kiosk.timeout(3000).emitWithAck('office:get-snapshot', { officeId: OFFICE });
    expect(state.ok && state.data.tickets.map((t: { number: string }) => t.number)).toEqual(['A-001']);
  });
});
