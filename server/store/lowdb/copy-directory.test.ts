import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDirectoryDurably } from './copy-directory.ts';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('durable directory copy', () => {
  it('copies files and folders with their permissions, leaves temporary files behind', async () => {
    root = await mkdtemp(join(tmpdir(), 'aufruf-copy-'));
    const from = join(root, 'data');
    await mkdir(join(from, 'offices', 'a', 'days'), { recursive: true });
    await writeFile(join(from, 'setup.json'), '{"x":1}', { mode: 0o600 });
    await writeFile(join(from, 'offices', 'a', 'live.json'), '{"y":2}');
    await writeFile(join(from, 'offices', 'a', '.live.json.tmp'), 'half');
    await writeFile(join(from, 'offices', 'a', 'days', '2026-11-24.json'), '{}');
    const report = await copyDirectoryDurably(from, join(root, 'copy'));
    expect(report).toMatchObject({ files: 3, bytes: 7 + 7 + 2, copied: 3 });
    expect(await readFile(join(root, 'copy', 'offices', 'a', 'live.json'), 'utf8')).toBe('{"y":2}');
    expect(await readdir(join(root, 'copy', 'offices', 'a'))).toEqual(['days', 'live.json']);
    expect((await stat(join(root, 'copy', 'setup.json'))).mode & 0o777).toBe(0o600);
  });

  it('a second pass with the first one’s manifest copies only what changed meanwhile', async () => {
    root = await mkdtemp(join(tmpdir(), 'aufruf-copy-'));
    const from = join(root, 'data');
    await mkdir(join(from, 'days'), { recursive: true });
    await writeFile(join(from, 'days', '2026-11-24.json'), '{"old":true}');
    await writeFile(join(from, 'live.json'), '{"n":1}');
    const first = await copyDirectoryDurably(from, join(root, 'copy'));
    await writeFile(join(from, 'live.json'), '{"n":22}');
    await writeFile(join(from, 'days', '2026-11-25.json'), '{}');
    const second = await copyDirectoryDurably(from, join(root, 'copy'), first.manifest);
    expect(second).toMatchObject({ files: 3, copied: 2, bytes: 12 + 8 + 2 });
    expect(await readFile(join(root, 'copy', 'live.json'), 'utf8')).toBe('{"n":22}');
    expect(await readdir(join(root, 'copy', 'days'))).toEqual(['2026-11-24.json', '2026-11-25.json']);
  });

  it('refuses to copy a directory into itself', async () => {
    root = await mkdtemp(join(tmpdir(), 'aufruf-copy-'));
    await expect(copyDirectoryDurably(root, join(root, 'backups', 'one'))).rejects.toThrow(/inside/);
  });
});
