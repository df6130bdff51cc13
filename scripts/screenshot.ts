// Takes screenshots of the built pages, for looking at what users see: npx tsx scripts/screenshot.ts [path?query] [out.png] [width] [height]
import { launchChromium } from '../tests/browser/support/browser';
import { startStaticServer } from '../tests/browser/support/static-server';

const [target = 'index.html', out = '.tmp/screenshot.png', width = '1440', height = '900', full = 'full'] = process.argv.slice(2);
const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(`${server.origin}/${target}`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
  if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
  if (process.env.CLICK) await page.getByRole('button', { name: process.env.CLICK }).first().click();
  if (process.env.CLICK) await page.waitForTimeout(1500);
  console.log(`document height ${await page.evaluate(() => document.documentElement.scrollHeight)}`);
  await page.screenshot({ path: out, fullPage: full === 'full' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
