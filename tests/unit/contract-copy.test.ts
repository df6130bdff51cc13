// The contract lives in docs/ so that a maintainer who only clones the repository has it; its source of truth is the
// product's shared documents beside the repository (../shared/). This test fails when the two differ by one byte, when
// a file is missing on either side, and when ../shared/ is not there at all: CI checks the copy out beside the clone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const DOCS = join(REPO, 'docs');
/** ../shared beside the repository; SHARED_DIR when a checkout keeps it elsewhere. */
const SHARED = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(REPO, '../shared');
/** What docs/ copies from ../shared/: files, and folders copied whole. */
const COPIED = ['FEED.md', 'DOSSIERS.md', 'feed.schema.json', 'examples'];

/** Every file under `root`/`entry`, as a path relative to `root`, sorted. */
function filesUnder(root: string, entry: string): string[] {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [entry];
  return readdirSync(path)
    .flatMap((name) => filesUnder(root, join(entry, name)))
    .sort();
}

describe('the contract in docs/', () => {
  it('has ../shared/ beside the repository to compare with', () => {
    expect(
      existsSync(join(SHARED, 'FEED.md')),
      `No ${join(SHARED, 'FEED.md')}: the contract's shared documents must be checked out beside the repository as ../shared ` +
        `(or named by SHARED_DIR) for docs/ to be compared with them.`,
    ).toBe(true);
  });

  it('holds the same files as ../shared/', () => {
    const shared = COPIED.flatMap((entry) => filesUnder(SHARED, entry));
    const docs = COPIED.flatMap((entry) => filesUnder(DOCS, entry));
    expect(shared.length, `nothing to compare under ${SHARED}`).toBeGreaterThan(0);
    expect(docs).toEqual(shared);
  });

  it('holds each file byte for byte as ../shared/ has it', () => {
    const shared = COPIED.flatMap((entry) => filesUnder(SHARED, entry));
    expect(shared.length, `nothing to compare under ${SHARED}`).toBeGreaterThan(0);
    const differing = shared.filter((file) => {
      const copy = join(DOCS, file);
      return !existsSync(copy) || !readFileSync(copy).equals(readFileSync(join(SHARED, file)));
    });
    expect(differing, `docs/ differs from ${relative(REPO, SHARED) || SHARED}: copy these again with cp`).toEqual([]);
  });
});
