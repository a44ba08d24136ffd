/**
 * Owns: the editable setup — offices, users, devices — as one document with a revision, and the
 * pure edits admins make to it. Validation reuses the configuration schema, so a change made in
 * the admin screens is held to exactly the rules of a configuration file.
 */
import { Config, type DeviceConfig, type OfficeConfig, type UserConfig } from '../config/schema.ts';

export interface SetupDocument {
  revision: number;
  /** where the first setup came from: "demo" or "file" (see system.ts) */
  seed?: string | undefined;
  offices: OfficeConfig[];
  users: UserConfig[];
  devices: DeviceConfig[];
}

export interface Problem {
  field: string;
  message: string;
}

/** The editable part of a validated configuration, at revision 0 (nothing edited yet). */
export function documentOf(config: Config, seed: string): SetupDocument {
  return { revision: 0, seed, offices: config.offices, users: config.users, devices: config.devices };
}

/**
 * Checks a candidate with the full configuration schema (the boot settings stay as they are) and
 * returns it with defaults filled in, or every problem with its path.
 */
export function validateDocument(
  boot: Config,
  candidate: Pick<SetupDocument, 'offices' | 'users' | 'devices'>,
):
  | { ok: true; value: Pick<SetupDocument, 'offices' | 'users' | 'devices'> }
  | { ok: false; problems: Problem[] } {
  const parsed = Config.safeParse({
    ...boot,
    offices: candidate.offices,
    users: candidate.users,
    devices: candidate.devices,
  });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    };
  }
  const { offices, users, devices } = parsed.data;
  return { ok: true, value: { offices, users, devices } };
}

/** Replaces the element with the same key or appends it; order is kept (it is the display order). */
export function upsert<T>(list: readonly T[], item: T, key: (x: T) => string): T[] {
  const at = list.findIndex((x) => key(x) === key(item));
  return at < 0 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
}

export function without<T>(list: readonly T[], id: string, key: (x: T) => string): T[] {
  return list.filter((x) => key(x) !== id);
}

/**
 * What admins may read back: everything except secrets. A token or password is never shown again
 * after it was made; the view says only whether one is set.
 */
export function redactedView(doc: SetupDocument) {
  return {
    revision: doc.revision,
    seed: doc.seed,
    offices: doc.offices,
    users: doc.users.map(({ passwordHash: _hash, ...user }) => user),
    devices: doc.devices.map(({ tokenHash: _t, agentTokenHash, kiosk, ...device }) => ({
      ...device,
      hasAgentToken: agentTokenHash !== undefined,
      ...(kiosk
        ? {
            kiosk: {
              fastPathServices: kiosk.fastPathServices,
              idleSeconds: kiosk.idleSeconds,
              hasStaffPin: kiosk.staffPinHash !== undefined,
            },
          }
        : {}),
    })),
  };
}
export type RedactedSetup = ReturnType<typeof redactedView>;
