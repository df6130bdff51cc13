// scripts/check-budgets.ts, spawned as CI runs it on a DIST_DIR of the test's making: nothing to weigh is a failure,
// and so is a page that loads no JavaScript; small pages pass.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');

function checkBudgets(dist: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-budgets.ts'], {
    cwd: REPO,
    env: { ...process.env, DIST_DIR: dist },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** A dist/ holding the four pages, each loading one small script, and embed.js; `change` alters it. */
function smallDist(change: (dist: string) => void = () => {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
  mkdirSync(join(dist, 'assets'));
  for (const page of ['index', 'widget', 'kiosk', 'public']) {
    writeFileSync(join(dist, 'assets', `${page}-abc123.js`), `console.log(${JSON.stringify(page)});\n`);
    writeFileSync(join(dist, `${page}.html`), `<!doctype html><script type="module" src="./assets/${page}-abc123.js"></script>`);
  }
  writeFileSync(join(dist, 'embed.js'), 'void 0;\n');
  change(dist);
  return dist;
}

describe('check-budgets', () => {
  it('passes a dist/ whose pages load a little JavaScript each', () => {
    const { status, output } = checkBudgets(smallDist());
    expect(output).toContain('budgets: 5 passed, 0 failed');
    expect(status).toBe(0);
  }, 60_000);

  it('fails an empty dist/: no page found is not a pass', () => {
    const { status, output } = checkBudgets(mkdtempSync(join(tmpdir(), 'budgets-empty-')));
    expect(output).toContain('no page found');
    expect(status).toBe(1);
  }, 60_000);

  it('fails a dist/ that does not exist', () => {
    const { status, output } = checkBudgets(join(tmpdir(), 'budgets-no-such-dir', 'dist'));
    expect(output).toContain('run the build first');
    expect(status).toBe(1);
  }, 60_000);

  it('fails a page that loads 0 bytes of JavaScript, and a budgeted page that is missing', () => {
    const noScript = checkBudgets(smallDist((dist) => writeFileSync(join(dist, 'widget.html'), '<!doctype html><p>no script</p>')));
    expect(noScript.output).toMatch(/widget\.html .* NO JAVASCRIPT/);
    expect(noScript.status).toBe(1);
    const withoutKiosk = checkBudgets(smallDist((dist) => rmSync(join(dist, 'kiosk.html'))));
    expect(withoutKiosk.output).toContain('kiosk.html not found');
    expect(withoutKiosk.status).toBe(1);
  }, 60_000);
});
