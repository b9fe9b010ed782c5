import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectCreated } from './support/api';
import { DEMO_USERS, goTo, signIn } from './support/app';
import { launchBrowser, openSession, withScreenshotOnFailure } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function asPerson(name: string, scenario: (page: Page) => Promise<void>) {
  const { context, page } = await openSession(browser);
  try {
    await withScreenshotOnFailure(page, name, () => scenario(page));
  } finally {
    await context.close();
  }
}

const unique = Date.now().toString(36).toUpperCase();
const WAREHOUSE = `LIVE${unique}`;
const SKU = `E2E-LIVE-${unique}`;
const BIN = `${WAREHOUSE}-A01-R01-L1-B1`;

/** A warehouse of 2 bins and an item with 10 received into the first bin, through the API. */
async function prepareStock(page: Page) {
  await expectCreated(
    callApi(page, 'POST', '/api/v1/skus', { commandId: randomUUID(), code: SKU, name: `Live ${unique}`, unitOfMeasure: 'EA' }),
    'item',
  );
  await expectCreated(
    callApi(page, 'POST', '/api/v1/warehouses/generate', {
      commandId: randomUUID(),
      warehouse: WAREHOUSE,
      name: `Live updates ${unique}`,
      aisles: 1,
      racksPerAisle: 1,
      levels: 1,
      binsPerLevel: 2,
    }),
    'layout',
  );
  await recordReceipt(page, 10);
}

function recordReceipt(page: Page, quantity: number) {
  return expectCreated(
    callApi(page, 'POST', '/api/v1/movements', {
      commandId: randomUUID(),
      sku: SKU,
      quantity,
      fromLocation: 'SUPPLIER',
      toLocation: BIN,
      movementType: 'RECEIPT',
    }),
    'receipt',
  );
}

async function quantityInBin(page: Page): Promise<string | undefined> {
  const row = page.getByRole('table', { name: 'Stock by item' }).getByRole('row').filter({ hasText: BIN });
  if ((await row.count()) === 0) return undefined;
  return (await row.first().getByRole('cell').nth(2).innerText()).trim();
}

describe('live updates and operations', () => {
  it('Stock by item updates by itself when a movement is recorded elsewhere', async () => {
    await asPerson('live-stock-update', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await prepareStock(page);

      await page.goto(`/stock/item?sku=${encodeURIComponent(SKU)}`);
      await page.getByRole('heading', { name: 'Stock by item', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Stock by item' }).getByRole('cell', { name: BIN, exact: true }).waitFor();
      expect(await quantityInBin(page)).toBe('10');
      await page.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor({ timeout: 30_000 });

      // A marker that a reload would wipe out.
      await page.evaluate(() => {
        (window as unknown as Record<string, unknown>).__noReload = true;
      });
      await recordReceipt(page, 5);

      await page.waitForFunction(
        (bin) => {
          const table = document.querySelector('table[aria-label="Stock by item"]');
          const row = Array.from(table?.querySelectorAll('tbody tr') ?? []).find((candidate) => candidate.textContent?.includes(bin));
          return row?.querySelectorAll('td')[2]?.textContent?.trim() === '15';
        },
        BIN,
        { timeout: 20_000 },
      );
      expect(await quantityInBin(page)).toBe('15');
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__noReload)).toBe(true);
    });
  });

  it('a manager runs a consistency check from Operations and sees it passed', async () => {
    await asPerson('operations-consistency-check', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await goTo(page, 'Operations');
      const run = page.getByRole('button', { name: 'Run check now' });
      expect((await run.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
      await run.click();
      const latest = page.getByTestId('latest-check');
      await latest.waitFor({ timeout: 60_000 });
      expect(await latest.getByRole('status').innerText()).toMatch(/^Check passed: /);
      const newest = page.getByRole('table', { name: 'Consistency checks' }).locator(':scope > tbody > tr').first();
      expect((await newest.getByTestId('check-result').innerText()).trim()).toBe('Passed');
      expect(await newest.innerText()).toContain('manager');
    });
  });

  it('an administrator rebuilds bin_occupancy and it equals the live copy', async () => {
    await asPerson('operations-rebuild', async (page) => {
      await signIn(page, DEMO_USERS.admin);
      await goTo(page, 'Operations');
      const projections = page.getByRole('table', { name: 'Projections' });
      await projections.getByRole('cell', { name: 'bin_occupancy', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Rebuild bin_occupancy' }).click();
      const status = page.getByTestId('rebuild-bin_occupancy');
      await status.waitFor();
      await page.locator('[data-testid="rebuild-bin_occupancy"]:is([data-state="equal"], [data-state="differed"], [data-state="failed"])').waitFor({
        timeout: 120_000,
      });
      expect(await status.getAttribute('data-state'), await status.innerText()).toBe('equal');
      expect(await status.innerText()).toContain('Rebuild of bin_occupancy finished: equal to the live copy');
    });
  });

  it('a manager imports bins from CSV and sees the per-row report of a bad file', async () => {
    await asPerson('layout-import', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      const warehouse = `IMP${unique}`;
      await expectCreated(
        callApi(page, 'POST', '/api/v1/warehouses', { commandId: randomUUID(), code: warehouse, name: `Import ${unique}` }),
        'warehouse',
      );
      await page.goto(`/layout?warehouse=${warehouse}`);
      const form = page.getByRole('form', { name: 'Import bins' });
      await form.waitFor();
      // Handheld friendly: every control of the panel is a 48 px target.
      const controls = form.locator('input, textarea, select, button, a');
      for (let index = 0; index < (await controls.count()); index++) {
        const box = await controls.nth(index).boundingBox();
        expect(box?.height ?? 0, await controls.nth(index).evaluate((element) => element.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(48);
      }

      const header = 'code,aisle,rack,level,x,y,z,width,depth,height,capacity';
      const good = [
        header,
        `${warehouse}-A01-R01-L1-B1,A01,R01,1,0,0,0,1,0.8,0.5,1`,
        `${warehouse}-A01-R01-L1-B2,A01,R01,1,1,0,0,1,0.8,0.5,1`,
        `${warehouse}-A01-R01-L1-B3,A01,R01,1,2,0,0,1,0.8,0.5,1`,
      ].join('\n');
      await form.getByLabel('Or paste the content').fill(good);
      await form.getByLabel('Format').selectOption('csv');
      await form.getByRole('button', { name: 'Import' }).click();
      await form.getByRole('status').filter({ hasText: `Bins imported into ${warehouse}: 3.` }).waitFor();
      await page.getByRole('table', { name: `Bins of ${warehouse}` }).getByRole('cell', { name: `${warehouse}-A01-R01-L1-B3`, exact: true }).waitFor();

      // Row 2 repeats an existing code; row 3 overlaps nothing but has a bad level.
      const bad = [header, `${warehouse}-A01-R01-L1-B1,A01,R01,1,5,0,0,1,0.8,0.5,1`, `${warehouse}-A02-R01-L1-B1,A02,R01,x,0,5,0,1,0.8,0.5,1`].join('\n');
      await form.getByLabel('Or paste the content').fill(bad);
      await form.getByRole('button', { name: 'Import' }).click();
      await form.getByRole('alert').filter({ hasText: 'The layout file has errors; nothing was imported' }).waitFor();
      const report = form.getByRole('table', { name: 'Rows with errors' });
      const rows = report.locator('tbody > tr');
      expect(await rows.count()).toBe(2);
      expect((await rows.nth(0).getByRole('cell').first().innerText()).trim()).toBe('2');
      expect((await rows.nth(1).getByRole('cell').first().innerText()).trim()).toBe('3');
    });
  });
});
