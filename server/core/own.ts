/**
 * Owns: safe lookups in the state's records. Ids come from clients; `constructor` or
 * `propertyIsEnumerable` are valid id shapes, and a plain `record[id]` would find a built-in
 * function instead of nothing.
 */
export function own<T>(record: Record<string, T>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
