import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const ARTIFACTS = new URL('../../e2e-artifacts/', import.meta.url);

// The machine's closed network refuses Chromium's own background connections,
// so they are switched off; the system Chromium is used, never a downloaded one.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser context: its own cookies, so each person signs in separately. */
export async function openSession(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Runs a step and keeps a screenshot of the page when it fails, for a person to look at. */
export async function withScreenshotOnFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    try {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL(`${name.replace(/[^a-z0-9-]+/gi, '_')}.png`, ARTIFACTS).pathname, fullPage: true });
    } catch {
      // The screenshot is a help, not the finding.
    }
    throw error;
  }
}
