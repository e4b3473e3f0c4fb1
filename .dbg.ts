import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
for (const url of ['/', '/losninger/', '/losninger/protein-fra-halm/', '/sok/?q=for', '/medlemmer/kornkraft/']) {
  await page.goto('http://localhost:4321' + url);
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) { const b = el.getBoundingClientRect(); if (b.right > w + 1) out.push(el.tagName + '.' + el.className + ' ' + Math.round(b.right)); }
    return [document.documentElement.scrollWidth, out.slice(0, 5)];
  });
  console.log(url, JSON.stringify(r));
}
await browser.close();
