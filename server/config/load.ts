/**
 * Owns: reading the configuration. Order: demo defaults or the file (`--config <file>` or
 * AUFRUF_CONFIG) < environment (PORT, DATA_DIR, AUFRUF_PUBLIC_URL). Every problem is reported.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { demoConfig } from './demo.ts';
import { Config } from './schema.ts';

export type LoadedConfig =
  | { ok: true; config: Config; demo: boolean; source: string }
  | { ok: false; source: string; problems: string[] };

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

export async function loadConfig(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<LoadedConfig> {
  const flag = argv.indexOf('--config');
  const path = flag >= 0 ? argv[flag + 1] : env.AUFRUF_CONFIG;
  let raw: unknown;
  let source: string;
  if (path) {
    source = path;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      return { ok: false, source, problems: [`cannot read ${path}: ${(error as Error).message}`] };
    }
  } else {
    source = 'demo';
    raw = await demoConfig();
  }
  const withEnv = { ...(raw as object) } as Record<string, unknown>;
  if (env.PORT !== undefined) withEnv.port = Number(env.PORT);
  if (env.DATA_DIR) withEnv.dataDir = env.DATA_DIR;
  if (env.AUFRUF_PUBLIC_URL) withEnv.publicUrl = env.AUFRUF_PUBLIC_URL;
  const parsed = Config.safeParse(withEnv);
  if (!parsed.success) return { ok: false, source, problems: describeIssues(parsed.error) };
  return { ok: true, config: parsed.data, demo: !path, source };
}
