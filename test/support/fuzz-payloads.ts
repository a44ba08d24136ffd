/**
 * Hostile variants of a valid payload, for fuzz tests of the REST routes and socket events.
 * Deterministic: every choice comes from a seeded generator (mulberry32), so a failure names its
 * seed and the same run repeats it. A variant is a value (sent as JSON or as socket arguments) or
 * raw JSON text — raw because some attacks cannot be written as a JavaScript literal that
 * JSON.stringify keeps: an own `__proto__` key, a number beyond a double (`1e400`), a lone
 * surrogate, nesting deeper than a recursive serializer survives.
 */

import { mulberry32 } from '../../server/core/random.ts';

/** One generator per label (FNV-1a of the label mixed into the seed): independent of test order. */
export function generatorFor(seed: number, label: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32((seed ^ h) >>> 0);
}

/** `count` distinct items of `pool`, chosen by `rng`, in pool order. */
export function pick<T>(rng: () => number, pool: readonly T[], count: number): T[] {
  const indices = pool.map((_, i) => i);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => pool[i]!);
}

export type Payload = { kind: 'value'; value: unknown } | { kind: 'raw'; text: string };

export interface Variant {
  label: string;
  payload: Payload;
  /**
   * 'validation': the payload is invalid whatever the target, so the answer is
   * `validation_failed` (naming `field` when given). 'refused': it may be valid (free text, an id
   * that names nothing); the target is arranged so that a valid payload is refused all the same.
   */
  expect: { kind: 'validation'; field?: string } | { kind: 'refused' };
}

export interface Shape {
  /** fields (dotted paths) that may be absent */
  optional?: readonly string[];
  /** fields for which null is a valid value */
  nullable?: readonly string[];
  /** objects (dotted paths, `list.0` for a list's first item) whose own fields are fuzzed too */
  nested?: readonly string[];
  /** fields whose every string is valid (free text): no "wrong type" for a string there */
  anyString?: readonly string[];
  /** fields that take any JSON object (records): unknown keys inside them are no error */
  records?: readonly string[];
  /**
   * the long string: 100,000 characters over HTTP, less over a socket (its 64 kB limit); a long
   * list has a tenth as many items
   */
  longString: number;
}

type Key = string | number;
const dotted = (path: readonly Key[]) => path.join('.');

const SENTINEL = '\u0001fuzz-raw\u0001';
const SENTINEL_KEY = '\u0001fuzz-key\u0001';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parentOf(root: unknown, path: readonly Key[]): Record<Key, unknown> {
  let node = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  return node;
}

/** The example with the value at `path` replaced (or removed, for `undefined`). */
export function replaced(example: unknown, path: readonly Key[], value: unknown): unknown {
  const root = clone(example);
  const parent = parentOf(root, path);
  const last = path[path.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return root;
}

/** The example as JSON text with raw JSON text at `path`. */
export function withRawAt(example: unknown, path: readonly Key[], rawValue: string): string {
  return JSON.stringify(replaced(example, path, SENTINEL)).replace(JSON.stringify(SENTINEL), rawValue);
}

/** The example as JSON text with a raw `"key": value` member added to the object at `path`. */
export function withRawMember(example: unknown, path: readonly Key[], member: string): string {
  const root = clone(example);
  const target = (path.length === 0 ? root : parentOf(root, [...path, ''])) as Record<string, unknown>;
  target[SENTINEL_KEY] = SENTINEL;
  return JSON.stringify(root).replace(`${JSON.stringify(SENTINEL_KEY)}:${JSON.stringify(SENTINEL)}`, member);
}

/** `[[[…]]]`, `depth` levels of arrays, as text. */
export const deepArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** `{"a":{"a":…1…}}`, `depth` levels of objects, as text. */
export const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Keys that reach an object's prototype when code assigns or looks up by a user-given key. */
export const PROTOTYPE_MEMBERS = [
  '"__proto__":{"polluted":"yes","isAdmin":true}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
];

/**
 * Ids that pass an id format and name a member of Object.prototype: a lookup `table[id]` on a
 * plain object finds a function instead of nothing. Slugs (lower case) and ticket ids (16+).
 */
export const PROTOTYPE_NAMED_IDS = {
  slug: 'constructor',
  ticket: ['__defineGetter__', 'propertyIsEnumerable', '__lookupSetter__'],
};

/** A string of letters from scripts, symbols and joiners that break naive byte/char handling. */
function unicodeString(rng: () => number): string {
  const pool = [
    'ü',
    'ß',
    'İ',
    'ı',
    '😀',
    '👩‍👩‍👧',
    '\u202e',
    'ش',
    'עב',
    '漢',
    '\u0301',
    '\ufeff',
    '\u200d',
    '\ufffd',
  ];
  return Array.from({ length: 4 + Math.floor(rng() * 8) }, () => pool[Math.floor(rng() * pool.length)]).join(
    '',
  );
}

const CONTROL = '\u0000\u0001\u0007\b\u001b[31m\r\n\t\u2028\u2029\u007f';

/** Replacements of another JSON type than the example's value. */
function wrongTypes(value: unknown, nullable: boolean): { label: string; value: unknown }[] {
  const all: { label: string; value: unknown; is: (v: unknown) => boolean }[] = [
    { label: 'a number', value: 42, is: (v) => typeof v === 'number' },
    { label: 'a string', value: 'fuzz', is: (v) => typeof v === 'string' },
    { label: 'a boolean', value: true, is: (v) => typeof v === 'boolean' },
    { label: 'an array', value: [value], is: Array.isArray },
    {
      label: 'an object',
      value: { value },
      is: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    },
    { label: 'null', value: null, is: (v) => v === null || nullable },
  ];
  return all.filter((w) => !w.is(value)).map(({ label, value: v }) => ({ label, value: v }));
}

/** Every field path of the example that the shape asks to fuzz: top level and `nested` objects. */
function fieldPaths(example: Record<string, unknown>, shape: Shape): Key[][] {
  const paths: Key[][] = Object.keys(example).map((k) => [k]);
  for (const nest of shape.nested ?? []) {
    const path: Key[] = nest.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    let node: unknown = example;
    for (const key of path) node = (node as Record<Key, unknown>)[key];
    for (const k of Object.keys(node as object)) paths.push([...path, k]);
  }
  return paths;
}

/** How many "content" variants (strings, numbers) each field gets, picked by the generator. */
const CONTENT_PER_FIELD = 3;

/**
 * Hostile variants of one valid payload (an object): per field a value of every wrong type,
 * absent, and a few picked from strings and numbers that are hostile in content; then the whole
 * payload with prototype keys, unknown fields, deep nesting.
 */
export function payloadVariants(
  example: Record<string, unknown>,
  shape: Shape,
  rng: () => number,
): Variant[] {
  const out: Variant[] = [];
  const has = (list: readonly string[] | undefined, path: readonly Key[]) =>
    list?.includes(dotted(path)) ?? false;
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

  for (const path of fieldPaths(example, shape)) {
    const field = dotted(path);
    const value = parentOf(example, path)[path[path.length - 1]!];
    const nullable = has(shape.nullable, path);
    for (const wrong of wrongTypes(value, nullable)) {
      if (wrong.label === 'a string' && has(shape.anyString, path)) continue;
      out.push({
        label: `${field} = ${wrong.label}`,
        payload: { kind: 'value', value: replaced(example, path, wrong.value) },
        expect: { kind: 'validation', field },
      });
    }
    out.push({
      label: `${field} absent`,
      payload: { kind: 'value', value: replaced(example, path, undefined) },
      expect: has(shape.optional, path) ? { kind: 'refused' } : { kind: 'validation', field },
    });
    const content: { label: string; payload: Payload; validation: boolean }[] = [];
    const value_ = (label: string, v: unknown, validation = false) =>
      content.push({ label, payload: { kind: 'value', value: replaced(example, path, v) }, validation });
    const raw = (label: string, text: string, validation = false) =>
      content.push({ label, payload: { kind: 'raw', text: withRawAt(example, path, text) }, validation });
    if (typeof value === 'string') {
      const looksLikeTicketId = /^[A-Za-z0-9_-]{16,}$/.test(value);
      value_('empty', '');
      value_(`${shape.longString} characters`, 'x'.repeat(shape.longString), true);
      value_('unicode', unicodeString(rng));
      value_('control characters', CONTROL);
      value_('whitespace only', ' \t ');
      value_('a path', '../../../etc/passwd');
      value_(
        'a prototype member',
        looksLikeTicketId
          ? PROTOTYPE_NAMED_IDS.ticket[Math.floor(rng() * PROTOTYPE_NAMED_IDS.ticket.length)]
          : PROTOTYPE_NAMED_IDS.slug,
      );
      raw('a lone surrogate', '"\\ud800x"');
    } else if (typeof value === 'number') {
      value_('negative', -1);
      value_('a fraction', 1.5);
      raw('1e400 (Infinity)', '1e400', true);
      raw('beyond 2^53', '9007199254740993');
      raw('-0', '-0');
      value_('huge', 1e308);
    } else if (Array.isArray(value)) {
      value_('empty list', []);
      const length = shape.longString / 10;
      value_(
        `a list of ${length}`,
        Array.from({ length }, () => value[0] ?? 'x'),
      );
      value_('a list of wrong items', [42, null, {}]);
    }
    for (const c of pick(rng, content, CONTENT_PER_FIELD)) {
      out.push({
        label: `${field} = ${c.label}`,
        payload: c.payload,
        expect: c.validation ? { kind: 'validation' } : { kind: 'refused' },
      });
    }
    if (isObject(value)) {
      for (const member of PROTOTYPE_MEMBERS) {
        out.push({
          label: `${field} with ${member.slice(0, member.indexOf(':'))}`,
          payload: { kind: 'raw', text: withRawMember(example, path, member) },
          expect: has(shape.records, path) ? { kind: 'refused' } : { kind: 'validation' },
        });
      }
    }
  }

  // One field (picked) holds a deep nesting; the whole payload is one; prototype keys at the top.
  const paths = fieldPaths(example, shape).filter((p) => p.length === 1);
  const [deepField] = pick(rng, paths, 1);
  if (deepField) {
    out.push({
      label: `${dotted(deepField)} = arrays nested 10,000 deep`,
      payload: { kind: 'raw', text: withRawAt(example, deepField, deepArrays(10_000)) },
      expect: has(shape.records, deepField) ? { kind: 'refused' } : { kind: 'validation' },
    });
  }
  for (const member of PROTOTYPE_MEMBERS) {
    out.push({
      label: `with ${member.slice(0, member.indexOf(':'))} at the top`,
      payload: { kind: 'raw', text: withRawMember(example, [], member) },
      expect: { kind: 'validation' },
    });
  }
  out.push(
    {
      label: 'an unknown field',
      payload: { kind: 'value', value: { ...example, isAdmin: true } },
      expect: { kind: 'validation' },
    },
    { label: 'an empty object', payload: { kind: 'value', value: {} }, expect: { kind: 'refused' } },
    {
      label: 'objects nested 5,000 deep',
      payload: { kind: 'raw', text: deepObjects(5_000) },
      expect: { kind: 'validation' },
    },
    {
      label: 'a duplicate key, the second of a wrong type',
      payload: {
        kind: 'raw',
        text: JSON.stringify(example).replace(
          /}$/,
          `,${JSON.stringify(Object.keys(example)[0] ?? 'x')}:{"$gt":""}}`,
        ),
      },
      expect: { kind: 'validation' },
    },
  );
  for (const [label, value] of [
    ['a list', [example]],
    ['a number', 42],
    ['a string', 'fuzz'],
    ['null', null],
    ['true', true],
  ] as const) {
    out.push({
      label: `the payload is ${label}`,
      payload: { kind: 'value', value },
      expect: { kind: 'validation' },
    });
  }
  return out;
}
