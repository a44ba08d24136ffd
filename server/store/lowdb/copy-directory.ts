/**
 * Owns: copying a data directory durably — every file copied, fsynced, every directory fsynced —
 * for backups. Temporary files of a write in progress (`.name.tmp`) are not copied: a backup is
 * taken while no write runs (Engine.exclusive), and a leftover one from a crash is garbage.
 */
import { copyFile, mkdir, open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { syncDirectory } from './durable-file.ts';

export interface CopyReport {
  files: number;
  bytes: number;
}

export async function copyDirectoryDurably(from: string, to: string): Promise<CopyReport> {
  const source = resolve(from);
  const target = resolve(to);
  // A backup inside the directory it copies would copy itself.
  if (!relative(source, target).startsWith('..') && relative(source, target) !== '') {
    throw new Error(`the backup directory ${target} lies inside ${source}`);
  }
  const report: CopyReport = { files: 0, bytes: 0 };
  await copyInto(source, target, report);
  return report;
}

async function copyInto(from: string, to: string, report: CopyReport): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name.endsWith('.tmp')) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await copyInto(source, target, report);
    } else if (entry.isFile()) {
      await copyFile(source, target);
      const handle = await open(target, 'r+');
      try {
        await handle.chmod((await stat(source)).mode & 0o777);
        await handle.sync();
      } finally {
        await handle.close();
      }
      report.files++;
      report.bytes += (await stat(target)).size;
    }
  }
  await syncDirectory(to);
}
