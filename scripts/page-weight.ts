// JavaScript each page loads before it can show numbers (its entry and the chunks the HTML preloads), gzipped and brotli.
// Dynamic chunks (charts after the numbers, the demo's MSW) are listed apart. Used by the budget check and the benchmarks.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export type Weight = { raw: number; gzip: number; brotli: number };
export type PageWeight = { page: string; files: string[]; js: Weight; css: Weight };

export function weigh(buffer: Buffer): Weight {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO: Weight = { raw: 0, gzip: 0, brotli: 0 };

/**
 * The chunks a script imports statically (`import … from "./x.js"`, `import "./x.js"`), followed down: the bundler may
 * split code a page shares with one of its own lazy chunks into a third file the HTML never names, and the page still
 * loads it before it can show anything. Dynamic `import()` is not followed.
 */
function staticImports(dist: string, ref: string, seen: Set<string>): void {
  if (seen.has(ref) || !ref.endsWith('.js')) return;
  seen.add(ref);
  const code = readFileSync(join(dist, ref), 'utf8');
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
    staticImports(dist, `assets/${match[1] as string}`, seen);
  }
}

export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  const followed = new Set<string>();
  for (const ref of named) staticImports(dist, ref, followed);
  const refs = [...named, ...followed];
  let js = ZERO;
  let css = ZERO;
  for (const ref of new Set(refs)) {
    const weight = weigh(readFileSync(join(dist, ref)));
    if (ref.endsWith('.js')) js = add(js, weight);
    else css = add(css, weight);
  }
  return { page, files: [...new Set(refs)], js, css };
}

export function allPages(dist: string): PageWeight[] {
  const pages = readdirSync(dist).filter((name) => name.endsWith('.html'));
  const weights = pages.map((page) => pageWeight(dist, page));
  if (existsSync(join(dist, 'embed.js'))) {
    weights.push({ page: 'embed.js', files: ['embed.js'], js: weigh(readFileSync(join(dist, 'embed.js'))), css: ZERO });
  }
  return weights;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
