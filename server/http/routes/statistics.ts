/**
 * Owns: statistics routes — the figures of a period as JSON or CSV and the anonymous per-ticket
 * records as CSV. Supervisors and admins of the office only.
 */
import { Router, type Request, type Response } from 'express';
import { OfficeId } from '#protocol/ids.ts';
import { fail } from '#protocol/result.ts';
import { StatisticsQuery } from '#protocol/statistics.ts';
import type { Directory } from '../../auth/directory.ts';
import { canAccessOffice } from '../../engine/authorize.ts';
import type { Engine } from '../../engine/engine.ts';
import { figuresCsv, recordsCsv } from '../../stats/csv.ts';
import type { StatisticsService } from '../../stats/statistics-service.ts';
import { parse } from '../../validate.ts';
import { send, unauthenticated } from '../respond.ts';

export function statisticsRoutes(stats: StatisticsService, engine: Engine, directory: Directory): Router {
  const router = Router();

  /** The office and period asked for, or an answer has been sent. */
  const request = (req: Request, res: Response) => {
    const user = directory.fromSessionCookie(req.headers.cookie);
    if (!user) return void unauthenticated(res);
    if (user.role === 'clerk') return void send(res, fail('forbidden', 'supervisors and admins only'));
    const officeId = parse(OfficeId, req.params.officeId);
    if (!officeId.ok) return void send(res, officeId);
    const setup = engine.setup(officeId.data);
    if (!setup || !canAccessOffice(user, officeId.data))
      return void send(res, fail('not_found', 'no such office', 'officeId'));
    const query = parse(StatisticsQuery, { from: req.query.from, to: req.query.to });
    if (!query.ok) return void send(res, query);
    res.setHeader('Cache-Control', 'no-store');
    return { setup, ...query.data };
  };

  const csv = (res: Response, name: string, body: string) => {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    // A BOM so spreadsheet programs read the umlauts right.
    res.send(`\uFEFF${body}`);
  };

  router.get('/offices/:officeId/statistics', async (req, res) => {
    const r = request(req, res);
    if (!r) return;
    res.json(await stats.forPeriod(r.setup.id, r.from, r.to));
  });

  router.get('/offices/:officeId/statistics.csv', async (req, res) => {
    const r = request(req, res);
    if (!r) return;
    const view = await stats.forPeriod(r.setup.id, r.from, r.to);
    if (view) csv(res, `statistik-${r.setup.id}-${r.from}-${r.to}.csv`, figuresCsv(view));
  });

  router.get('/offices/:officeId/statistics/tickets.csv', async (req, res) => {
    const r = request(req, res);
    if (!r) return;
    const records = await stats.records(r.setup.id, r.from, r.to);
    csv(
      res,
      `wartenummern-${r.setup.id}-${r.from}-${r.to}.csv`,
      recordsCsv(records, r.setup.statistics.perClerk, r.setup.timeZone),
    );
  });
  return router;
}
