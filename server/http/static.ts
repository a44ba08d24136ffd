/**
 * Owns: serving the three built apps (dist/, made by `vite build`) and, in the demo, sending a
 * kiosk or display opened without a device token to the URL with the demo device's token.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

export interface StaticOptions {
  distDir: string;
  /** demo only: token to add when /kiosk/ or /display/ is opened without one */
  demoTokens?: { kiosk: string; display: string } | undefined;
}

export function staticRoutes({ distDir, demoTokens }: StaticOptions): Router {
  const router = Router();
  if (demoTokens) {
    for (const app of ['kiosk', 'display'] as const) {
      router.get(`/${app}/`, (req, res, next) => {
        if (typeof req.query.token === 'string') return next();
        const params = new URLSearchParams(req.query as Record<string, string>);
        params.set('token', demoTokens[app]);
        res.redirect(302, `/${app}/?${params.toString()}`);
      });
    }
  }
  router.get('/', (_req, res) => res.redirect(302, '/counter/'));
  if (!existsSync(join(distDir, 'kiosk', 'index.html'))) {
    router.get(['/kiosk', '/display', '/counter', '/status'], (_req, res) => {
      res
        .status(503)
        .type('text')
        .send('The apps are not built yet: run `npm run build` (npm start does it for you).');
    });
  }
  router.use(express.static(distDir, { index: 'index.html', redirect: true, maxAge: '1h' }));
  return router;
}
