import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const [url, file] of process.argv.slice(2).map((a) => a.split('|'))) {
  await page.goto(`http://localhost:4321${url}`);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: file, fullPage: true });
}
await browser.close();
