// CI's size budgets (issue 6): deterministic, so they are enforced; timings are only printed.
import { allPages, kb } from './page-weight';

const BUDGETS_GZIP: Record<string, number> = {
  'index.html': 250 * 1024,
  // issue 10: no framework, one chunk of its own (vite.widget.config.ts); 32.2 KB before.
  'widget.html': 12 * 1024,
  'kiosk.html': 250 * 1024,
  'embed.js': 2 * 1024,
};

let failed = 0;
let passed = 0;
for (const weight of allPages(process.env.DIST_DIR ?? 'dist')) {
  const budget = BUDGETS_GZIP[weight.page];
  const verdict = budget === undefined ? 'no budget' : weight.js.gzip <= budget ? 'ok' : 'OVER BUDGET';
  if (budget !== undefined) {
    if (weight.js.gzip <= budget) passed += 1;
    else failed += 1;
  }
  console.log(
    `${weight.page.padEnd(12)} JS ${kb(weight.js.gzip).padStart(9)} gzip ${kb(weight.js.brotli).padStart(9)} brotli ${kb(weight.js.raw).padStart(9)} raw` +
      `${budget === undefined ? '' : ` (budget ${kb(budget)} gzip)`}  ${verdict}`,
  );
}
console.log(`budgets: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
