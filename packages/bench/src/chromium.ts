// Debian's Chromium, headless, through playwright-core (which never downloads a browser). The
// flags keep it off the network, which this machine's closed network would refuse anyway.
import { type Browser, chromium } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = process.env.CAUCUS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(executablePath = DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
