/**
 * Owns: what a wall display asks about itself — its layout, filters, languages and announcement
 * settings — by its device token. Changes by an admin reach it through `office:setup-changed`.
 */
import { Router } from 'express';
import { DEFAULT_DISPLAY_OPTIONS, type DisplaySettings } from '#protocol/display.ts';
import type { Directory } from '../../auth/directory.ts';

export function displayRoutes(directory: Directory): Router {
  const router = Router();
  router.get('/display/config', (req, res) => {
    const authorization = req.headers.authorization;
    const device = authorization?.startsWith('Bearer ')
      ? directory.device(authorization.slice(7).trim())
      : undefined;
    if (device?.config.kind !== 'display')
      return void res.status(401).json({ code: 'not_authenticated', message: 'send the display token' });
    const settings: DisplaySettings = {
      ...DEFAULT_DISPLAY_OPTIONS,
      ...device.config.display,
      deviceId: device.config.id,
      officeIds: device.config.offices,
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(settings);
  });
  return router;
}
