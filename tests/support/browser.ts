// The browser for viewer tests (see @caucus/bench's chromium.ts), and pixel checks on screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CHROMIUM_PATH, launchChromium } from '@caucus/bench';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { REPO_ROOT } from './paths.ts';

export const CHROMIUM_PATH = DEFAULT_CHROMIUM_PATH;

export function launchBrowser(): Promise<Browser> {
  return launchChromium(CHROMIUM_PATH);
}

/** Screenshots go to docs/screenshots when CAUCUS_UPDATE_SCREENSHOTS=1, else under .caucus/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.CAUCUS_UPDATE_SCREENSHOTS
    ? path.join(REPO_ROOT, 'docs', 'screenshots')
    : path.join(REPO_ROOT, '.caucus', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** How many pixels of a screenshot are close to a colour (per channel within `tolerance`). */
export function countColour(png: Buffer, hex: string, tolerance = 40): number {
  const image = PNG.sync.read(png);
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const d = image.data;
    if (
      Math.abs((d[i] ?? 0) - r) <= tolerance &&
      Math.abs((d[i + 1] ?? 0) - g) <= tolerance &&
      Math.abs((d[i + 2] ?? 0) - b) <= tolerance
    )
      n++;
  }
  return n;
}
