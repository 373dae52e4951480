#!/usr/bin/env node
// Draws the PWA's PNG icons (public/pwa-192.png, pwa-512.png, pwa-maskable-512.png) from
// public/favicon.svg with the Chromium the browser tests use; run by hand after changing the SVG:
//
//   node web/tools/gen-pwa-icons.mjs
//
// The maskable icon fills the whole square (the launcher cuts its own shape) and keeps the
// drawing inside the middle 80 %, the safe zone.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '../public');
const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'pwa-192.png', size: 192, maskable: false },
  { file: 'pwa-512.png', size: 512, maskable: false },
  { file: 'pwa-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(
      `<html><body style="margin:0;width:${size}px;height:${size}px;display:flex;align-items:center;` +
        `justify-content:center;background:${maskable ? '#409eff' : 'transparent'}">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(publicDir, file), omitBackground: !maskable });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
