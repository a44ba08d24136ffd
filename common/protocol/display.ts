/**
 * Owns: what a wall display is told about itself (`GET /api/display/config` with its device
 * token): layout, which calls and queues it shows, history rows, the languages its texts rotate
 * through, what it announces and an optional ticker. The same schema (without `deviceId`)
 * validates the device's entry in the configuration, so admins and the display agree.
 */
import { z } from 'zod';
import { CounterId, DepartmentId, DeviceId, OfficeId, ServiceId } from './ids.ts';
import { Language, LocalizedText } from './language.ts';

/** Defaults for a display without any options in the configuration (the schema's, display.test.ts checks). */
export { DEFAULT_DISPLAY_OPTIONS } from './display-defaults.ts';

export const DisplayLayout = z
  .enum(['auto', 'landscape', 'portrait'])
  .describe('auto: follow the screen; portrait: calls above, queues below');
export type DisplayLayout = z.infer<typeof DisplayLayout>;

export const DisplayOptions = z.strictObject({
  layout: DisplayLayout.default('auto'),
  departments: z.array(DepartmentId).optional().describe('only calls and queues of these departments'),
  services: z.array(ServiceId).optional().describe('only these services'),
  counters: z.array(CounterId).optional().describe('only calls to these counters'),
  historyRows: z.number().int().min(0).max(20).default(6).describe('earlier calls listed below the newest'),
  languages: z
    .array(Language)
    .min(1)
    .max(7)
    .default(['de'])
    .describe('screen texts rotate through these languages; the first is the main one'),
  rotateSeconds: z.number().int().min(5).max(120).default(12).describe('seconds per language'),
  announce: z
    .strictObject({
      gong: z.boolean().default(true),
      speech: z.boolean().default(true),
      languages: z
        .array(Language)
        .min(1)
        .max(2)
        .default(['de'])
        .describe('spoken in these languages, one after the other'),
    })
    .default({ gong: true, speech: true, languages: ['de'] }),
  showQueues: z.boolean().default(true).describe('waiting counts and estimated waits per service'),
  ticker: LocalizedText.optional().describe('a line of information running along the bottom'),
  autoplay: z
    .boolean()
    .default(false)
    .describe('the display browser allows sound without a click (Chromium --autoplay-policy)'),
});
export type DisplayOptions = z.infer<typeof DisplayOptions>;

export const DisplaySettings = DisplayOptions.extend({
  deviceId: DeviceId,
  officeIds: z.array(OfficeId),
});
export type DisplaySettings = z.infer<typeof DisplaySettings>;
