/**
 * Owns: who is who — staff accounts and paired devices from the configuration, turned into
 * actors. A request or socket carries a session cookie (staff) or a device token (kiosk, display).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../core/command.ts';
import type { DeviceConfig, UserConfig } from '../config/schema.ts';
import { hashToken, verifyPassword } from './passwords.ts';
import { readCookie, SESSION_COOKIE, type Sessions } from './sessions.ts';

export type UserActor = Extract<Actor, { kind: 'user' }>;
export type DeviceActor = Extract<Actor, { kind: 'device' }>;

// A fixed hash to verify against when the user does not exist, so timing does not tell.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export class Directory {
  private users: Map<string, UserConfig>;
  /** token hash → device id, for agents the server runs itself (never written anywhere) */
  private internalTokens = new Map<string, string>();
  constructor(
    users: UserConfig[],
    private devices: DeviceConfig[],
    readonly sessions: Sessions,
  ) {
    this.users = new Map(users.map((u) => [u.username, u]));
  }

  async login(username: string, password: string): Promise<UserActor | undefined> {
    const user = this.users.get(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return user && valid ? this.userActor(user) : undefined;
  }

  /** Whether an account of this name exists (the audit names only real accounts). */
  hasUser(username: string): boolean {
    return this.users.has(username);
  }

  private userActor(user: UserConfig): UserActor {
    return {
      kind: 'user',
      userId: user.username,
      role: user.role,
      officeIds: user.offices,
      permissions: user.permissions,
    };
  }

  fromSessionCookie(cookieHeader: string | undefined): UserActor | undefined {
    const claims = this.sessions.verify(readCookie(cookieHeader, SESSION_COOKIE));
    const user = claims ? this.users.get(claims.u) : undefined;
    return user && claims?.v === credentialVersion(user) ? this.userActor(user) : undefined;
  }

  /** A session for a user who just logged in, tied to the current password. */
  issueSession(user: UserActor): { token: string; expires: Date } | undefined {
    const config = this.users.get(user.userId);
    return config ? this.sessions.issue(config.username, credentialVersion(config)) : undefined;
  }

  /** A fresh token for an embedded kiosk agent of this device, valid until the process ends. */
  issueInternalToken(deviceId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.internalTokens.set(hashToken(token), deviceId);
    return token;
  }

  /** A kiosk page or display, by the token in its URL. */
  device(token: string | undefined): { actor: DeviceActor; config: DeviceConfig } | undefined {
    if (!token || token.length > 200) return undefined;
    const hash = Buffer.from(hashToken(token));
    return this.deviceResult(this.devices.find((d) => timingSafeEqual(Buffer.from(d.tokenHash), hash)));
  }

  /**
   * A kiosk agent, by its own token — never the page's, which sits in a browser on a public
   * machine: whoever holds the agent token receives print jobs and may check in by ID card.
   */
  agent(token: string | undefined): { actor: DeviceActor; config: DeviceConfig } | undefined {
    if (!token || token.length > 200) return undefined;
    const hash = hashToken(token);
    const internal = this.internalTokens.get(hash);
    const config = internal
      ? this.devices.find((d) => d.id === internal)
      : this.devices.find(
          (d) =>
            d.kind === 'kiosk' &&
            d.agentTokenHash !== undefined &&
            timingSafeEqual(Buffer.from(d.agentTokenHash), Buffer.from(hash)),
        );
    return this.deviceResult(config);
  }

  private deviceResult(
    config: DeviceConfig | undefined,
  ): { actor: DeviceActor; config: DeviceConfig } | undefined {
    if (!config) return undefined;
    return {
      actor: { kind: 'device', deviceId: config.id, deviceKind: config.kind, officeIds: config.offices },
      config,
    };
  }

  /**
   * An admin changed users or devices. Lookups happen per request and per socket command, so a
   * removed user's session and a revoked device token stop working with the next one.
   */
  replace(users: UserConfig[], devices: DeviceConfig[]): void {
    this.users = new Map(users.map((u) => [u.username, u]));
    this.devices = devices;
    for (const [hash, deviceId] of this.internalTokens)
      if (!devices.some((d) => d.id === deviceId)) this.internalTokens.delete(hash);
  }

  deviceConfig(deviceId: string): DeviceConfig | undefined {
    return this.devices.find((d) => d.id === deviceId);
  }
}

/**
 * A short fingerprint of the password hash (which has a random salt): it changes with every new
 * password and with every re-created account, so older session cookies stop working.
 */
function credentialVersion(user: UserConfig): string {
  return createHash('sha256').update(user.passwordHash).digest('base64url').slice(0, 12);
}
