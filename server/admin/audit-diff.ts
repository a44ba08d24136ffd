/**
 * Owns: describing a change for the audit trail as a list of changed fields — paths with the old
 * and new value, secrets only as "(geändert)". Lists of things with an id use the id in the path,
 * so "services.ausweis.targetWaitMinutes: 20 → 25" survives reordering.
 */

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'agentTokenHash', 'staffPinHash']);
const MAX_CHANGES = 60;
const MAX_VALUE = 60;

function show(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function keyOf(item: unknown): string | undefined {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    const key = o.id ?? o.username;
    if (typeof key === 'string') return key;
  }
  return undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function walk(before: unknown, after: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_CHANGES) return;
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (SECRET_KEYS.has(last)) {
    if (before !== after) out.push(`${path}: (geändert)`);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every((x) => keyOf(x))) {
    const old = new Map(before.map((x) => [keyOf(x), x]));
    const now = new Map(after.map((x) => [keyOf(x), x]));
    for (const [id, item] of now) {
      const at = path ? `${path}.${id}` : String(id);
      if (!old.has(id)) out.push(`${at}: hinzugefügt`);
      else walk(old.get(id), item, at, out);
    }
    for (const id of old.keys()) if (!now.has(id)) out.push(`${path ? `${path}.` : ''}${id}: entfernt`);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push(`${path}: ${show(before)} → ${show(after)}`);
}

export function describeChanges(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  walk(before, after, '', out);
  if (out.length >= MAX_CHANGES) out.push('… (weitere Änderungen)');
  return out;
}
