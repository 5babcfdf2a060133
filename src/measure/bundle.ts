import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleFigures {
  readonly files: readonly string[];
  readonly js: Size;
  /** JS, CSS and the HTML page itself. */
  readonly total: Size;
}

const sizeOf = (body: Buffer): Size => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

/** Relative `./x.js` imports that run before the module does (`import … from`, bare `import`), not `import()`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** The scripts, module preloads and style sheets a built index.html loads by itself, as paths inside the build. */
export function pageAssets(html: string): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  return tags.flatMap((tag) => {
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const wanted = tag.startsWith('<script') || /rel="(?:modulepreload|stylesheet)"/.test(tag);
    return src && wanted && !/^[a-z]+:/i.test(src) ? [src.replace(/^\.?\//, '')] : [];
  });
}

/**
 * What a first visit downloads up front: the page, what it names, the chunks of `startup` (source
 * modules the page imports dynamically on every visit, found in Vite's manifest), and every module
 * those import statically. Sizes are of the files, gzip at level 9 as a server would send them.
 */
export function firstLoad(dir: string, startup: readonly string[] = []): BundleFigures {
  const html = readFileSync(join(dir, 'index.html'));
  const seen = new Set<string>();
  const queue = [...pageAssets(html.toString('utf8')), ...startup.map((source) => chunkOf(dir, source))];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(readFileSync(join(dir, file), 'utf8'))) queue.push(folder + imported.slice(2));
  }
  const files = [...seen].sort();
  let js = ZERO;
  let total = sizeOf(html);
  for (const file of files) {
    const size = sizeOf(readFileSync(join(dir, file)));
    total = add(total, size);
    if (file.endsWith('.js')) js = add(js, size);
  }
  return { files, js, total };
}

/** The same sums over files the browser actually fetched (paths inside the build). */
export function sizeOfFiles(dir: string, files: readonly string[]): { js: Size; total: Size } {
  let js = ZERO;
  let total = ZERO;
  for (const file of files) {
    const size = sizeOf(readFileSync(join(dir, file === '' ? 'index.html' : file)));
    total = add(total, size);
    if (file.endsWith('.js')) js = add(js, size);
  }
  return { js, total };
}

/** The built file of a source module, from the manifest Vite writes with `build.manifest`. */
function chunkOf(dir: string, source: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, { file?: string }>;
  const file = manifest[source]?.file;
  if (!file) throw new Error(`${source} is not a chunk of the build in ${dir}: was it renamed?`);
  return file;
}
