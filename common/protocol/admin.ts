/**
 * Owns: the bodies of the admin API (`/api/admin/*`). Each change names the setup revision it was
 * made on; if another admin changed the setup since, it is refused with `conflict` and nothing
 * changes. The office and device bodies are checked by the server's configuration schema, which
 * lists every problem (`problems`), so the same rules hold for files and screens.
 */
import { z } from 'zod';
import { OfficeId, ServiceId } from './ids.ts';

const Revision = z.number().int().min(0).describe('the setup revision the change was made on');

export const OfficeEdit = z.strictObject({
  revision: Revision,
  office: z.record(z.string(), z.unknown()).describe('the whole office, as in the configuration file'),
});
export type OfficeEdit = z.infer<typeof OfficeEdit>;

export const UserEdit = z.strictObject({
  revision: Revision,
  role: z.enum(['clerk', 'supervisor', 'admin']),
  offices: z.union([z.literal('*'), z.array(OfficeId).min(1)]),
  permissions: z.array(z.enum(['call-specific'])).default([]),
  password: z
    .string()
    .min(10, 'at least 10 characters')
    .max(200)
    .optional()
    .describe('required for a new user; absent: keep the password'),
});
export type UserEdit = z.infer<typeof UserEdit>;

export const DeviceEdit = z.strictObject({
  revision: Revision,
  kind: z.enum(['kiosk', 'display']),
  offices: z.array(OfficeId).min(1),
  display: z.record(z.string(), z.unknown()).optional().describe('display options (see the configuration)'),
  kiosk: z
    .strictObject({
      fastPathServices: z.array(ServiceId).max(4).optional().describe('absent: keep'),
      idleSeconds: z.number().int().min(20).max(600).optional().describe('absent: keep'),
      staffPin: z
        .union([z.string().regex(/^\d{4,8}$/, '4 to 8 digits'), z.null()])
        .optional()
        .describe('a new staff PIN; null removes it; absent keeps it'),
    })
    .optional(),
  printer: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe("kiosk: its own printer; null: the server's printer again; absent: keep"),
  agent: z.enum(['embedded', 'remote']).optional(),
});
export type DeviceEdit = z.infer<typeof DeviceEdit>;

export const RevisionOnly = z.strictObject({ revision: Revision });
export type RevisionOnly = z.infer<typeof RevisionOnly>;

/** A new device or a renewed token: shown once, never stored in clear. */
export interface IssuedTokens {
  /** the device's (page's) token; absent when only an agent token was made */
  token?: string;
  /** kiosks with a remote agent: the agent's own token */
  agentToken?: string;
  /** open this on the device, e.g. `/display/?token=…` (prefix the server's address) */
  pairingPath?: string;
}
