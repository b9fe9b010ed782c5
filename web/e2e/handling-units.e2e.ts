import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectCreated } from './support/api';
import { DEMO_USERS, mainNavigation, signIn } from './support/app';
import { launchBrowser, openSession, withScreenshotOnFailure } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const HANDHELD = { width: 360, height: 720 };

async function asPerson(name: string, scenario: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const { context, page } = await openSession(browser, viewport ? { viewport } : {});
  try {
    await withScreenshotOnFailure(page, name, () => scenario(page));
  } finally {
    await context.close();
  }
}

const unique = Date.now().toString(36).toUpperCase();
const WAREHOUSE = `HU${unique}`;
const SKU = `E2E-HU-${unique}`;
const bin = (position: number) => `${WAREHOUSE}-A01-R01-L1-B${String(position)}`;
const [BIN_1, BIN_2, BIN_3, FULL_BIN] = [bin(1), bin(2), bin(3), bin(4)];

/** Ten days from today, local calendar date: close enough to be flagged "Expires within 30 days". */
const EXPIRES_ON = (() => {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
})();

/** The name of the focused element (the scan field's is "scan"). */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

/** Scans like a keyboard-wedge scanner: types into whatever has the focus (the scan field), then Enter. */
async function scan(page: Page, label: string, text: string) {
  await expect.poll(() => focusedName(page), { timeout: 10_000 }).toBe('scan');
  expect(await page.getByLabel(label, { exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('handling units on a handheld', () => {
  it('a manager prepares an item and four bins, the last one full of units', async () => {
    await asPerson('hu-setup', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await expectCreated(
        callApi(page, 'POST', '/api/v1/skus', { commandId: randomUUID(), code: SKU, name: `Handling units ${unique}`, unitOfMeasure: 'EA' }),
        'item',
      );
      await expectCreated(
        callApi(page, 'POST', '/api/v1/warehouses/generate', {
          commandId: randomUUID(),
          warehouse: WAREHOUSE,
          name: `Handling units ${unique}`,
          aisles: 1,
          racksPerAisle: 1,
          levels: 1,
          binsPerLevel: 4,
        }),
        'layout',
      );
      // Generated bins hold two units each: two empty ones fill the last bin.
      for (let index = 0; index < 2; index++) {
        await expectCreated(callApi(page, 'POST', '/api/v1/handling-units', { commandId: randomUUID(), type: 'BOX', location: FULL_BIN }), 'filler unit');
      }
    });
  });

  it('an operator creates a unit by scanning a bin, puts it away and transfers it by scanning', async () => {
    await asPerson(
      'hu-operator',
      async (page) => {
        await signIn(page, DEMO_USERS.operator);
        await page.getByRole('button', { name: 'Open menu' }).click();
        await mainNavigation(page).getByRole('link', { name: 'Handling units', exact: true }).click();
        const tasks = page.getByRole('list', { name: 'Handling units' });
        await tasks.getByRole('link', { name: 'Create handling unit' }).click();
        await page.getByRole('heading', { name: 'Create handling unit', level: 1 }).waitFor();

        // Create: type, then scan the bin.
        await page.getByLabel('Type', { exact: true }).selectOption('PALLET');
        await page.getByLabel('Scan the bin', { exact: true }).focus();
        await scan(page, 'Scan the bin', BIN_1.toLowerCase());
        const card = page.getByTestId('hu-card');
        await card.waitFor();
        const lpn = (await card.locator('.hu-card__lpn code').innerText()).trim();
        expect(lpn).toMatch(/^\d{18}$/);
        await page.getByRole('status').filter({ hasText: `Handling unit ${lpn} created in ${BIN_1}.` }).first().waitFor();

        // Ten of the item into it, received from the supplier.
        await expectCreated(
          callApi(page, 'POST', `/api/v1/handling-units/${lpn}/lines`, { commandId: randomUUID(), sku: SKU, quantity: 10, fromLocation: 'SUPPLIER' }),
          'line',
        );

        // Put away: scan the unit (as the GS1-128 label reads, with "(00)"), see it, scan the destination, confirm.
        await page.getByRole('link', { name: 'All tasks' }).click();
        await tasks.getByRole('link', { name: 'Put away / transfer' }).click();
        await page.getByRole('heading', { name: 'Put away / transfer', level: 1 }).waitFor();
        await scan(page, 'Scan the handling unit', `(00)${lpn}`);
        await card.getByRole('cell', { name: SKU, exact: true }).waitFor();
        expect(await card.getByTestId('hu-bin').innerText()).toBe(BIN_1);
        expect(await card.getByRole('table', { name: 'Contents' }).innerText()).toContain('10');
        await scan(page, 'Scan the destination bin', BIN_2);
        await page.getByRole('button', { name: `Move to ${BIN_2}` }).click();
        await page.getByRole('status').filter({ hasText: `Handling unit ${lpn} moved from ${BIN_1} to ${BIN_2}.` }).first().waitFor();

        // Every control of the task is a 48 px touch target.
        const controls = page.locator('.task').locator('input, select, button');
        for (let index = 0; index < (await controls.count()); index++) {
          const box = await controls.nth(index).boundingBox();
          expect(box?.height ?? 0, `control ${String(index)}`).toBeGreaterThanOrEqual(48);
        }

        // Transfer: a full bin is refused with the problem's title; another bin is taken.
        await scan(page, 'Scan the handling unit', lpn);
        await card.getByTestId('hu-bin').filter({ hasText: BIN_2 }).waitFor();
        await scan(page, 'Scan the destination bin', FULL_BIN);
        await page.getByRole('button', { name: `Move to ${FULL_BIN}` }).click();
        await page.getByRole('alert').filter({ hasText: 'Bin capacity exceeded' }).waitFor();
        await scan(page, 'Scan the destination bin', BIN_3);
        await page.getByRole('button', { name: `Move to ${BIN_3}` }).click();
        await page.getByRole('status').filter({ hasText: `Handling unit ${lpn} moved from ${BIN_2} to ${BIN_3}.` }).first().waitFor();

        // Its details: in the last bin, two moves in its events, the movements listed.
        await page.goto(`/hu/units/${lpn}`);
        await page.getByRole('heading', { name: 'Handling unit details', level: 1 }).waitFor();
        await card.getByTestId('hu-bin').filter({ hasText: BIN_3 }).waitFor();
        const events = page.getByRole('table', { name: 'Events' });
        await events.waitFor();
        expect(await events.getByRole('cell', { name: 'Moved', exact: true }).count()).toBe(2);
        const movements = await page.getByRole('table', { name: 'Movements' }).innerText();
        expect(movements).toContain(`${BIN_1} → ${BIN_2}`);
        expect(movements).toContain(`${BIN_2} → ${BIN_3}`);
      },
      HANDHELD,
    );
  });

  it('an operator receives goods by scanning the bin and the items', async () => {
    await asPerson(
      'hu-receive',
      async (page) => {
        await signIn(page, DEMO_USERS.operator);
        await page.goto('/hu');
        await page.getByRole('list', { name: 'Handling units' }).getByRole('link', { name: 'Receive goods' }).click();
        await page.getByRole('heading', { name: 'Receive goods', level: 1 }).waitFor();
        await scan(page, 'Scan the bin the goods go to', BIN_2);
        await page.getByTestId('receipt-bin').filter({ hasText: BIN_2 }).waitFor();
        for (let count = 1; count <= 3; count++) {
          await scan(page, 'Scan an item (or another bin)', SKU);
          await expect.poll(() => page.getByLabel(`Quantity of ${SKU}`, { exact: true }).inputValue()).toBe(String(count));
        }
        await page.getByLabel(`Expiry date of ${SKU} (optional)`, { exact: true }).fill(EXPIRES_ON);
        await page.getByRole('button', { name: 'Receive', exact: true }).click();
        const done = page.getByRole('status').filter({ hasText: `in ${BIN_2}.` }).first();
        await done.waitFor();
        const lpn = /Received into handling unit (\d{18}) in /.exec(await done.innerText())?.[1] ?? '';
        expect(lpn).toMatch(/^\d{18}$/);

        // Its details: sealed, with the label the receipt queued; the label's ZPL carries the SSCC.
        await page.goto(`/hu/units/${lpn}`);
        const card = page.getByTestId('hu-card');
        await card.getByText('Sealed', { exact: true }).waitFor();
        // The lot's expiry date is the unit's, flagged since it is less than 30 days away.
        const expiry = card.getByTestId('hu-expiry');
        expect(await expiry.locator('time').getAttribute('datetime')).toBe(EXPIRES_ON);
        expect(await expiry.innerText()).toContain('Expires within 30 days');
        const labels = page.getByRole('table', { name: 'Labels' });
        await labels.waitFor();
        await labels.getByRole('button', { name: 'Show label' }).first().click();
        await page.getByTestId('label-zpl').waitFor();
        expect(await page.getByTestId('label-zpl').innerText()).toContain(`>800${lpn}`);
      },
      HANDHELD,
    );
  });

  it('a manager sees the units of a bin', async () => {
    await asPerson('hu-manager', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await mainNavigation(page).getByRole('link', { name: 'HUs by bin', exact: true }).click();
      await page.getByRole('heading', { name: 'Handling units by bin', level: 1 }).waitFor();
      await page.getByLabel('Bin', { exact: true }).fill(FULL_BIN);
      await page.getByLabel('Bin', { exact: true }).press('Enter');
      await page.getByText('Handling units: 2', { exact: true }).waitFor();
      const table = page.getByRole('table', { name: 'Handling units' });
      expect(await table.getByRole('cell', { name: FULL_BIN, exact: true }).count()).toBe(2);

      // The received unit is sealed, with the three items.
      await page.getByLabel('Bin', { exact: true }).fill(BIN_2);
      await page.getByLabel('Bin', { exact: true }).press('Enter');
      await page.getByText('Handling units: 1', { exact: true }).waitFor();
      await table.getByRole('cell', { name: `${SKU} × 3`, exact: true }).waitFor();
      await table.getByRole('cell', { name: 'Sealed', exact: true }).waitFor();
      expect(await table.getByTestId('hu-expiry').getAttribute('data-state')).toBe('soon');

      await mainNavigation(page).getByRole('link', { name: 'Receipt alerts', exact: true }).click();
      await page.getByRole('heading', { name: 'Receipt alerts', level: 1 }).waitFor();
    });
  });
});
