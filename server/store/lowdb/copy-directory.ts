/**
 * Owns: copying a data directory durably — every file copied, fsynced, every directory fsynced —
 * for backups. Temporary files of a write in progress (`.name.tmp`) are not copied: the final
 * pass runs while no write runs (Engine.exclusive), and a leftover one from a crash is garbage.
 * Two passes keep that pause short: the first copies everything while the system runs, the
 * second (given the first one's manifest) only what changed since — today's live files, the
 * setup, the audit month — while commands wait.
 */
import { copyFile, mkdir, open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { syncDirectory } from './durable-file.ts';

/** relative path → size and modification time of the source when it was copied */
export type CopyManifest = Map<string, { size: number; mtimeMs: number; ino: number }>;

export interface CopyReport {
  /** files in the copy, and their bytes */
  files: number;
  bytes: number;
  /** files copied by this pass (the rest were unchanged since the previous one) */
  copied: number;
  manifest: CopyManifest;
}

export async function copyDirectoryDurably(
  from: string,
  to: string,
  previous?: CopyManifest,
): Promise<CopyReport> {
  const source = resolve(from);
  const target = resolve(to);
  // A backup inside the directory it copies would copy itself.
  if (!relative(source, target).startsWith('..') && relative(source, target) !== '') {
    throw new Error(`the backup directory ${target} lies inside ${source}`);
  }
  const report: CopyReport = { files: 0, bytes: 0, copied: 0, manifest: new Map() };
  await copyInto(source, target, '', previous, report);
  return report;
}

async function copyInto(
  from: string,
  to: string,
  path: string,
  previous: CopyManifest | undefined,
  report: CopyReport,
): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name.endsWith('.tmp')) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const relativePath = join(path, entry.name);
    if (entry.isDirectory()) {
      await copyInto(source, target, relativePath, previous, report);
      continue;
    }
    if (!entry.isFile()) continue;
    // a rewritten file (lowdb renames a new one into place) has a new inode even within a tick
    const { size, mtimeMs, mode, ino } = await stat(source);
    report.manifest.set(relativePath, { size, mtimeMs, ino });
    report.files++;
    report.bytes += size;
    const before = previous?.get(relativePath);
    if (before && before.size === size && before.mtimeMs === mtimeMs && before.ino === ino) continue;
    await copyFile(source, target);
    const handle = await open(target, 'r+');
    try {
      await handle.chmod(mode & 0o777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    report.copied++;
  }
  await syncDirectory(to);
}
