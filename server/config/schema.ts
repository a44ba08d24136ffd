/**
 * Owns: the configuration schema — every key documented, defaulted and validated at start.
 * A failed validation lists every problem (path and reason) and the server does not start.
 */
import { z } from 'zod';
import {
  CounterId,
  DepartmentId,
  DeviceId,
  NumberPrefix,
  OfficeId,
  ServiceId,
  UserId,
} from '#protocol/ids.ts';
import { DisplayOptions } from '#protocol/display.ts';
import { LocalizedText } from '#protocol/language.ts';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const TimeRange = z
  .strictObject({ from: HHMM, to: HHMM })
  .refine((r) => r.from < r.to, { message: '"from" must be before "to"' });
const Hours = z
  .strictObject({
    mon: z.array(TimeRange).optional(),
    tue: z.array(TimeRange).optional(),
    wed: z.array(TimeRange).optional(),
    thu: z.array(TimeRange).optional(),
    fri: z.array(TimeRange).optional(),
    sat: z.array(TimeRange).optional(),
    sun: z.array(TimeRange).optional(),
  })
  .describe(
    'issuing hours per weekday in the office time zone, e.g. {"mon":[{"from":"07:30","to":"12:00"}]}',
  );

export const ServiceConfig = z.strictObject({
  id: ServiceId,
  department: DepartmentId.describe('department the service belongs to'),
  name: LocalizedText,
  description: LocalizedText.optional().describe('one line shown at the kiosk'),
  prefix: NumberPrefix.describe('number prefix, unique within the office'),
  numberStart: z.number().int().min(0).max(9000).default(1).describe('first number of each day'),
  expectedMinutes: z.number().positive().max(480).describe('typical service time'),
  targetWaitMinutes: z.number().positive().max(480).describe('service level target wait'),
  dailyCap: z.number().int().positive().optional().describe('at most this many tickets a day'),
  active: z.boolean().default(true).describe('false: shown as closed, no tickets'),
  hours: Hours.optional().describe('none: tickets whenever the service is active'),
  documents: z
    .array(LocalizedText)
    .max(12)
    .optional()
    .describe('what to bring, one entry per document; shown at the kiosk before the ticket'),
});

export const CounterConfig = z.strictObject({
  id: CounterId,
  name: z.string().min(1).max(40).describe('shown on displays, e.g. "Platz 3"'),
  services: z.array(ServiceId).min(1).describe('services this counter may serve'),
});

export const DepartmentConfig = z.strictObject({ id: DepartmentId, name: LocalizedText });

export const OfficeConfig = z
  .strictObject({
    id: OfficeId,
    name: z.string().min(1).max(80),
    timeZone: z.string().refine(isTimeZone, 'unknown time zone').default('Europe/Berlin'),
    departments: z.array(DepartmentConfig).min(1),
    services: z.array(ServiceConfig).min(1),
    counters: z.array(CounterConfig).min(1),
    calling: z
      .strictObject({
        normalPerPriority: z
          .number()
          .int()
          .min(0)
          .max(50)
          .default(2)
          .describe('normal calls in a row before a priority one'),
        priorityWeight: z
          .number()
          .min(1)
          .max(20)
          .default(2)
          .describe('priority tickets age this much faster'),
        noShowAfterCalls: z
          .number()
          .int()
          .min(1)
          .max(5)
          .default(1)
          .describe('a ticket can be marked no-show once it has been called this many times'),
      })
      .default({ normalPerPriority: 2, priorityWeight: 2, noShowAfterCalls: 1 }),
    alarms: z
      .strictObject({
        maxWaiting: z
          .number()
          .int()
          .min(1)
          .max(500)
          .default(20)
          .describe('alarm when more than this many wait for one service'),
        waitOverTargetPercent: z
          .number()
          .int()
          .min(50)
          .max(500)
          .default(100)
          .describe("alarm when someone has waited this share of the service's target wait"),
        pausedMinutes: z
          .number()
          .int()
          .min(5)
          .max(240)
          .default(30)
          .describe('alarm when a counter has been paused this long'),
      })
      .default({ maxWaiting: 20, waitOverTargetPercent: 100, pausedMinutes: 30 })
      .describe("the supervisor board's alarm thresholds"),
    statistics: z
      .strictObject({
        perClerk: z
          .boolean()
          .default(false)
          .describe('figures per clerk: only with the staff council’s consent (LPVG NRW / BetrVG § 87)'),
      })
      .default({ perClerk: false }),
    appointments: z
      .strictObject({
        earlyMinutes: z.number().int().min(0).max(240).default(30).describe('check-in opens this early'),
        lateMinutes: z.number().int().min(0).max(240).default(15).describe('check-in closes this late'),
        favourMinutes: z
          .number()
          .int()
          .min(0)
          .max(120)
          .default(5)
          .describe('called before walk-ins this close to the slot'),
      })
      .default({ earlyMinutes: 30, lateMinutes: 15, favourMinutes: 5 }),
  })
  .superRefine((office, ctx) => {
    // The path names the field (e.g. services.3.prefix), so a form can show the problem there.
    const unique = (values: string[], path: string, what: string, field = 'id') => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v))
          ctx.addIssue({ code: 'custom', path: [path, i, field], message: `duplicate ${what} "${v}"` });
        seen.add(v);
      });
    };
    unique(
      office.departments.map((d) => d.id),
      'departments',
      'department id',
    );
    unique(
      office.services.map((s) => s.id),
      'services',
      'service id',
    );
    unique(
      office.services.map((s) => s.prefix),
      'services',
      'prefix',
      'prefix',
    );
    unique(
      office.counters.map((c) => c.id),
      'counters',
      'counter id',
    );
    const departments = new Set(office.departments.map((d) => d.id));
    office.services.forEach((s, i) => {
      if (!departments.has(s.department)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'department'],
          message: `unknown department "${s.department}"`,
        });
      }
    });
    const services = new Set(office.services.map((s) => s.id));
    office.counters.forEach((c, i) =>
      c.services.forEach((s, j) => {
        if (!services.has(s))
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'services', j],
            message: `unknown service "${s}"`,
          });
      }),
    );
  });
export type OfficeConfig = z.infer<typeof OfficeConfig>;

export const UserConfig = z.strictObject({
  username: UserId,
  role: z.enum(['clerk', 'supervisor', 'admin']),
  offices: z.union([z.literal('*'), z.array(OfficeId).min(1)]).describe('"*" for all offices'),
  passwordHash: z.string().regex(/^scrypt\$/, 'make one with `npm run hash-password`'),
  permissions: z
    .array(z.enum(['call-specific']))
    .default([])
    .describe('extra rights of a clerk: "call-specific" = call a number out of order (logged)'),
});
export type UserConfig = z.infer<typeof UserConfig>;

export const PrinterConfig = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('virtual') }).describe('built-in virtual printer with preview'),
  z.strictObject({
    kind: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
    timeoutMs: z.number().int().min(100).max(60_000).default(4000),
  }),
  z.strictObject({
    kind: z.literal('usb-lp'),
    path: z.string().regex(/^\/dev\/usb\/lp\d+$/, 'a usblp device such as /dev/usb/lp0'),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type PrinterConfig = z.infer<typeof PrinterConfig>;

export const DeviceConfig = z.strictObject({
  id: DeviceId,
  kind: z.enum(['kiosk', 'display']),
  offices: z.array(OfficeId).min(1),
  tokenHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'sha256 of the token, hex')
    .describe('see `npm run hash-password -- --token`'),
  display: DisplayOptions.optional().describe('display: layout, filters, languages, announcements, ticker'),
  printer: PrinterConfig.optional().describe('kiosk: its ticket printer (default: the server-wide printer)'),
  agentTokenHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'sha256 of the token, hex')
    .optional()
    .describe('kiosk with agent "remote": sha256 of the agent\'s own token (never the page token)'),
  kiosk: z
    .strictObject({
      fastPathServices: z.array(ServiceId).max(4).default([]).describe('big buttons on the start screen'),
      idleSeconds: z.number().int().min(20).max(600).default(60).describe('back to the start after this'),
      staffPinHash: z
        .string()
        .regex(/^scrypt\$/, 'make one with `npm run hash-password -- <pin>`')
        .optional()
        .describe('PIN that lets staff leave kiosk mode; none: no staff exit'),
    })
    .optional()
    .describe('kiosk: screen settings'),
  agent: z
    .enum(['embedded', 'remote'])
    .default('embedded')
    .describe(
      'kiosk: "remote" = a kiosk agent on the kiosk PC owns the printer; "embedded" = the server prints',
    ),
});
export type DeviceConfig = z.infer<typeof DeviceConfig>;

export const Config = z
  .strictObject({
    port: z.number().int().min(0).max(65535).default(8080).describe('HTTP and Socket.IO port (env PORT)'),
    host: z.string().default('0.0.0.0'),
    dataDir: z.string().min(1).default('./data').describe('lowdb files and day archives (env DATA_DIR)'),
    backupDir: z
      .string()
      .min(1)
      .optional()
      .describe('where admins’ backups go (POST /api/admin/backups); default: "<dataDir>-backups" beside it'),
    publicUrl: z.url().optional().describe('base URL printed in ticket QR codes (env AUFRUF_PUBLIC_URL)'),
    printer: PrinterConfig.default({ kind: 'virtual' }).describe('server-wide default ticket printer'),
    sessionHours: z
      .number()
      .min(1)
      .max(24 * 7)
      .default(12),
    retention: z
      .strictObject({
        archiveDays: z
          .number()
          .int()
          .min(7)
          .max(3650)
          .default(90)
          .describe('closed days keep their event archive (who called, booking codes) this long'),
        auditMonths: z.number().int().min(1).max(120).default(24).describe('months of audit trail kept'),
      })
      .default({ archiveDays: 90, auditMonths: 24 })
      .describe('anonymous day statistics are kept; event archives and the audit trail are not'),
    offices: z.array(OfficeConfig).min(1),
    users: z.array(UserConfig).default([]),
    devices: z.array(DeviceConfig).default([]),
  })
  .superRefine((config, ctx) => checkReferences(config, ctx));
export type Config = z.infer<typeof Config>;

/**
 * Users and devices name offices, services, departments and counters: every name must exist, and
 * user names and device ids are unique — the admin screens and a hand-edited file alike.
 */
function checkReferences(config: Pick<Config, 'offices' | 'users' | 'devices'>, ctx: z.RefinementCtx): void {
  const offices = new Map(config.offices.map((o) => [o.id, o]));
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const seenUsers = new Set<string>();
  config.users.forEach((u, i) => {
    if (seenUsers.has(u.username)) problem(['users', i, 'username'], `duplicate user "${u.username}"`);
    seenUsers.add(u.username);
    if (u.offices !== '*')
      u.offices.forEach(
        (o, j) => offices.has(o) || problem(['users', i, 'offices', j], `unknown office "${o}"`),
      );
  });
  const seenDevices = new Set<string>();
  config.devices.forEach((d, i) => {
    if (seenDevices.has(d.id)) problem(['devices', i, 'id'], `duplicate device "${d.id}"`);
    seenDevices.add(d.id);
    d.offices.forEach(
      (o, j) => offices.has(o) || problem(['devices', i, 'offices', j], `unknown office "${o}"`),
    );
    const mine = d.offices.flatMap((o) => offices.get(o) ?? []);
    const known = (
      list: string[] | undefined,
      of: (o: OfficeConfig) => { id: string }[],
      path: string[],
      what: string,
    ) =>
      list?.forEach((id, j) => {
        if (!mine.some((o) => of(o).some((x) => x.id === id)))
          problem(['devices', i, ...path, j], `unknown ${what} "${id}" in the device's offices`);
      });
    known(d.kiosk?.fastPathServices, (o) => o.services, ['kiosk', 'fastPathServices'], 'service');
    known(d.display?.departments, (o) => o.departments, ['display', 'departments'], 'department');
    known(d.display?.services, (o) => o.services, ['display', 'services'], 'service');
    known(d.display?.counters, (o) => o.counters, ['display', 'counters'], 'counter');
  });
}
