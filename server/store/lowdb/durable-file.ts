/**
 * Owns: a lowdb adapter that makes a write durable before it resolves.
 * Why: lowdb's stock file adapter renames a temporary file but never fsyncs, so a power cut can
 * leave an empty or old file after the write was acknowledged. Here: write the temp file, fsync
 * it, rename it over the target, fsync the directory (so the rename itself survives).
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export class DurableJsonFile<T> implements Adapter<T> {
  private readonly tempPath: string;

  /** `mode`: file permissions of a new file, e.g. 0o600 for one holding password hashes */
  constructor(
    private readonly path: string,
    private readonly mode = 0o644,
  ) {
    this.tempPath = join(dirname(path), `.${basename(path)}.tmp`);
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(data: T): Promise<void> {
    const file = await open(this.tempPath, 'w', this.mode);
    try {
      await file.writeFile(JSON.stringify(data));
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(this.tempPath, this.path);
    } catch (error) {
      await rm(this.tempPath, { force: true });
      throw error;
    }
    await syncDirectory(dirname(this.path));
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
