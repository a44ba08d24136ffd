/**
 * `npx tsx scripts/bundle-size.ts [distDir]` after `npm run build`
 *
 * Prints, per app, the JavaScript its page loads at start — the entry script of its index.html
 * and every chunk that entry imports statically, transitively — raw and gzipped (level 9, each
 * file on its own, as the browser receives them), and separately what it may load later through
 * a dynamic import ("on demand": a language catalog, say). The graph comes from Vite's manifest
 * (`build.manifest` in vite.config.ts), so it is exactly what the build linked.
 *
 * `bundleSizes(distDir)` returns the same figures for a benchmark.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const APPS = ['kiosk', 'display', 'counter', 'status'] as const;
export type App = (typeof APPS)[number];

export interface Weight {
  rawKb: number;
  gzipKb: number;
}

export interface AppBundle extends Weight {
  /** the files loaded at start, entry first */
  files: string[];
  /** chunks reachable only through dynamic imports */
  onDemand: Weight & { files: string[] };
}

/** One entry of `.vite/manifest.json` (only the fields read here). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`no Vite manifest at ${path}: run \`npm run build\` first (${String(error)})`);
  }
}

/** Manifest keys reachable from `start` by static imports, `start` included, in visiting order. */
function staticClosure(manifest: Manifest, start: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  start.forEach(visit);
  return [...seen];
}

function weigh(distDir: string, files: readonly string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawKb: kb(raw), gzipKb: kb(gzip) };
}

/** kB as Vite prints them (1000 bytes), one decimal. */
function kb(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}

function appBundle(distDir: string, manifest: Manifest, app: App): AppBundle {
  const entryKey = `${app}/index.html`;
  if (!manifest[entryKey]?.isEntry) throw new Error(`the manifest has no entry ${entryKey}`);
  const atStart = staticClosure(manifest, [entryKey]);
  const dynamicRoots = atStart.flatMap((key) => manifest[key]?.dynamicImports ?? []);
  // A chunk that is also imported statically is loaded at start and counted there only.
  const later = staticClosure(manifest, dynamicRoots).filter((key) => !atStart.includes(key));
  const jsFiles = (keys: readonly string[]) =>
    keys.map((key) => manifest[key]?.file ?? key).filter((file) => file.endsWith('.js'));
  const files = jsFiles(atStart);
  const onDemandFiles = jsFiles(later);
  return {
    ...weigh(distDir, files),
    files,
    onDemand: { ...weigh(distDir, onDemandFiles), files: onDemandFiles },
  };
}

/** The JavaScript each app loads at start and on demand, from a `vite build` output directory. */
export function bundleSizes(distDir: string): Record<App, AppBundle> {
  const manifest = readManifest(distDir);
  return Object.fromEntries(APPS.map((app) => [app, appBundle(distDir, manifest, app)])) as Record<
    App,
    AppBundle
  >;
}

function printTable(sizes: Record<App, AppBundle>) {
  const rows = [
    ['app', 'at start: gzip kB', 'raw kB', 'files', 'on demand: gzip kB', 'raw kB', 'files'],
    ...APPS.map((app) => {
      const s = sizes[app];
      return [
        app,
        s.gzipKb.toFixed(1),
        s.rawKb.toFixed(1),
        String(s.files.length),
        s.onDemand.gzipKb.toFixed(1),
        s.onDemand.rawKb.toFixed(1),
        String(s.onDemand.files.length),
      ];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    );
  }
  for (const app of APPS) {
    console.log(`\n${app} at start: ${sizes[app].files.join(', ')}`);
    if (sizes[app].onDemand.files.length > 0) {
      console.log(`${app} on demand: ${sizes[app].onDemand.files.join(', ')}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  printTable(bundleSizes(resolve(process.argv[2] ?? 'dist')));
}
