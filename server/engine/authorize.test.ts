/**
 * The permission table, written out: for every command and every kind of caller, exactly who may
 * run it. A change to the rules in authorize.ts must change this table too — on purpose.
 * Rules that depend on the office state (the clerk signed in at that counter, the call-specific
 * right of a clerk) are the core's and are covered in test/integration/authorization-matrix.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, CommandType } from '../core/command.ts';
import { canAccessOffice, mayRun, PERMISSIONS } from './authorize.ts';

const OFFICE = 'leverkusen';

const ACTORS = {
  kiosk: { kind: 'device', deviceId: 'kiosk-1', deviceKind: 'kiosk', officeIds: [OFFICE] },
  display: { kind: 'device', deviceId: 'display-1', deviceKind: 'display', officeIds: [OFFICE] },
  clerk: { kind: 'user', userId: 'clerk1', role: 'clerk', officeIds: '*', permissions: ['call-specific'] },
  /** without call-specific: the same here; the core refuses call-ticket (tickets/call.ts) */
  clerkWithoutCallSpecific: {
    kind: 'user',
    userId: 'clerk5',
    role: 'clerk',
    officeIds: '*',
    permissions: [],
  },
  supervisor: { kind: 'user', userId: 'supervisor', role: 'supervisor', officeIds: '*' },
  admin: { kind: 'user', userId: 'admin', role: 'admin', officeIds: '*' },
  /** an admin of this office only: inside it, the same as any admin */
  officeAdmin: { kind: 'user', userId: 'office-admin', role: 'admin', officeIds: [OFFICE] },
  otherOfficeClerk: { kind: 'user', userId: 'k-clerk', role: 'clerk', officeIds: ['koeln'] },
  otherOfficeSupervisor: { kind: 'user', userId: 'k-super', role: 'supervisor', officeIds: ['koeln'] },
  otherOfficeAdmin: { kind: 'user', userId: 'k-admin', role: 'admin', officeIds: ['koeln'] },
  otherOfficeKiosk: { kind: 'device', deviceId: 'kiosk-k', deviceKind: 'kiosk', officeIds: ['koeln'] },
  system: { kind: 'system' },
} satisfies Record<string, Actor>;

type Who = keyof typeof ACTORS;

const STAFF: Who[] = ['clerk', 'clerkWithoutCallSpecific', 'supervisor', 'admin', 'officeAdmin'];
const SUPERVISORS: Who[] = ['supervisor', 'admin', 'officeAdmin'];

/**
 * Who may run each command in office "leverkusen" (docs/api.md, "REST routes"): kiosks draw and
 * check in and never call; displays only watch; clerks sign in, call and serve; supervisors also
 * intervene (cancel, reopen, priority) and import appointments; admins what supervisors do.
 * Nobody from another office, and the system (timers, start-up) always.
 */
const EXPECTED: Record<CommandType, readonly Who[]> = {
  draw: ['kiosk', ...STAFF, 'system'],
  'check-in': ['kiosk', ...STAFF, 'system'],
  'open-counter': [...STAFF, 'system'],
  'set-counter-services': [...STAFF, 'system'],
  'pause-counter': [...STAFF, 'system'],
  'resume-counter': [...STAFF, 'system'],
  'close-counter': [...STAFF, 'system'],
  'call-next': [...STAFF, 'system'],
  'call-ticket': [...STAFF, 'system'],
  recall: [...STAFF, 'system'],
  start: [...STAFF, 'system'],
  finish: [...STAFF, 'system'],
  'no-show': [...STAFF, 'system'],
  park: [...STAFF, 'system'],
  transfer: [...STAFF, 'system'],
  'call-back': [...STAFF, 'system'],
  cancel: [...SUPERVISORS, 'system'],
  reopen: [...SUPERVISORS, 'system'],
  'set-priority': [...SUPERVISORS, 'system'],
  'import-appointments': [...SUPERVISORS, 'system'],
  'ensure-identity-salt': [...SUPERVISORS, 'system'],
  tick: ['system'],
};

const everyone = Object.keys(ACTORS) as Who[];
const commands = Object.keys(EXPECTED) as CommandType[];

describe('mayRun', () => {
  it('has a row for exactly the commands the table knows', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...commands].sort());
  });

  it.each(commands)('lets exactly the expected callers run %s', (command) => {
    const allowed = everyone.filter((who) => mayRun(ACTORS[who], command, OFFICE));
    expect(allowed).toEqual(everyone.filter((who) => EXPECTED[command].includes(who)));
  });

  it('lets a display run nothing', () => {
    expect(commands.filter((c) => mayRun(ACTORS.display, c, OFFICE))).toEqual([]);
  });

  it('lets a kiosk draw and check in, and nothing else', () => {
    expect(commands.filter((c) => mayRun(ACTORS.kiosk, c, OFFICE))).toEqual(['draw', 'check-in']);
  });

  it("gives callers of another office nothing here, and their role's rights in their own office", () => {
    const pairs: [Who, Who][] = [
      ['otherOfficeClerk', 'clerk'],
      ['otherOfficeSupervisor', 'supervisor'],
      ['otherOfficeAdmin', 'admin'],
      ['otherOfficeKiosk', 'kiosk'],
    ];
    for (const [foreign, local] of pairs) {
      expect(commands.filter((c) => mayRun(ACTORS[foreign], c, OFFICE))).toEqual([]);
      expect(commands.filter((c) => mayRun(ACTORS[foreign], c, 'koeln'))).toEqual(
        commands.filter((c) => mayRun(ACTORS[local], c, OFFICE)),
      );
    }
  });
});

describe('canAccessOffice', () => {
  it('reaches every office with "*", listed offices otherwise, and any office as the system', () => {
    const reach = (who: Who) =>
      ['leverkusen', 'koeln', 'bonn'].filter((o) => canAccessOffice(ACTORS[who], o));
    expect(reach('admin')).toEqual(['leverkusen', 'koeln', 'bonn']);
    expect(reach('officeAdmin')).toEqual(['leverkusen']);
    expect(reach('otherOfficeSupervisor')).toEqual(['koeln']);
    expect(reach('kiosk')).toEqual(['leverkusen']);
    expect(reach('display')).toEqual(['leverkusen']);
    expect(reach('system')).toEqual(['leverkusen', 'koeln', 'bonn']);
  });
});
