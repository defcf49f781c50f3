import { chromium } from '@playwright/test';

// Playwright only guarantees its own browser build: log the system Chromium we drive.
export default async function globalSetup() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`E2E browser: Chromium ${browser.version()}`);
  await browser.close();
}
