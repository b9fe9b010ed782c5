import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, goTo, mainNavigation, navigationLabels, signIn } from './support/app';
import { launchBrowser, openSession, withScreenshotOnFailure } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function asPerson(name: string, scenario: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const { context, page } = await openSession(browser, viewport ? { viewport } : {});
  try {
    await withScreenshotOnFailure(page, name, () => scenario(page));
  } finally {
    await context.close();
  }
}

const unique = Date.now().toString(36).toUpperCase();
const WAREHOUSE = `E2E${unique}`;
const SKU = `E2E-STOCK-${unique}`;
const bin = (aisle: number, rack: number, level: number, position: number) =>
  `${WAREHOUSE}-A${String(aisle).padStart(2, '0')}-R${String(rack).padStart(2, '0')}-L${String(level)}-B${String(position)}`;
const BIN_1 = bin(1, 1, 1, 1);
const BIN_2 = bin(1, 1, 1, 2);
const EMPTY_BIN = bin(2, 2, 2, 2);

/** A local wall time as <input type="datetime-local"> takes it. */
function localInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

async function moveStock(page: Page, values: { quantity: string; from: string; to: string; type: string }) {
  await goTo(page, 'Move stock');
  const form = page.getByRole('form', { name: 'Move stock' });
  await form.getByLabel('Item', { exact: true }).fill(SKU);
  await form.getByLabel('Quantity', { exact: true }).fill(values.quantity);
  await form.getByLabel('From location', { exact: true }).fill(values.from);
  await form.getByLabel('To location', { exact: true }).fill(values.to);
  await form.getByLabel('Movement type', { exact: true }).selectOption(values.type);
  await form.getByRole('button', { name: 'Move' }).click();
  return form;
}

/** The rows of a table as cell texts, header excluded. */
async function rowsOf(page: Page, tableName: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: tableName }).getByRole('row');
  const count = await rows.count();
  const result: string[][] = [];
  for (let index = 1; index < count; index++) {
    result.push((await rows.nth(index).getByRole('cell').allInnerTexts()).map((text) => text.trim()));
  }
  return result;
}

describe('warehouse layout and stock movements', () => {
  const started = new Date(Date.now() - 60_000);

  it('the warehouse items of each role are in the menu', async () => {
    const expected = {
      operator: ['Stock', 'Move stock', 'Movement history'],
      manager: ['Stock', 'Move stock', 'Movement history', 'Layout'],
      accountant: ['Stock', 'Movement history'],
    } as const;
    for (const [name, items] of Object.entries(expected) as [keyof typeof expected, readonly string[]][]) {
      await asPerson(`warehouse-menu-${name}`, async (page) => {
        await signIn(page, DEMO_USERS[name]);
        const labels = await navigationLabels(page);
        const warehouseItems = labels.filter((label) => ['Stock', 'Move stock', 'Movement history', 'Layout'].includes(label));
        expect(warehouseItems, `menu of ${name}`).toEqual(items);
      });
    }
  });

  it('a manager lays out a warehouse, receives and moves stock, and sees it in stock and history', async () => {
    await asPerson('warehouse-flow', async (page) => {
      await signIn(page, DEMO_USERS.manager);

      // An item of our own, so that the balances are this run's only.
      await goTo(page, 'Items');
      const itemForm = page.getByRole('form', { name: 'New item' });
      await itemForm.getByLabel('Code').fill(SKU);
      await itemForm.getByLabel('Name', { exact: true }).fill(`Stock test ${unique}`);
      await itemForm.getByRole('button', { name: 'Create item' }).click();
      await itemForm.getByRole('status').filter({ hasText: `Item ${SKU} created.` }).waitFor();

      // 2 aisles × 2 racks × 2 levels × 2 bins.
      await goTo(page, 'Layout');
      const generator = page.getByRole('form', { name: 'Generate demo warehouse' });
      await generator.getByLabel('Code').fill(WAREHOUSE);
      await generator.getByLabel('Name').fill(`End-to-end ${unique}`);
      for (const label of ['Aisles', 'Racks per aisle', 'Levels', 'Bins per level']) {
        await generator.getByLabel(label, { exact: true }).fill('2');
      }
      await generator.getByRole('button', { name: 'Generate' }).click();
      await generator.getByRole('status').filter({ hasText: `16 bins created in ${WAREHOUSE}` }).waitFor();
      const bins = page.getByRole('table', { name: `Bins of ${WAREHOUSE}` });
      await bins.getByRole('cell', { name: BIN_1, exact: true }).waitFor();
      await page.getByText('Bins: 16', { exact: true }).waitFor();

      // The layout tree, down to one rack's bins; the rack is opened from the keyboard.
      const tree = page.getByRole('list', { name: 'Layout tree' });
      const warehouseNode = tree.getByRole('button', { name: `${WAREHOUSE} — End-to-end ${unique}`, exact: true });
      await warehouseNode.click();
      expect(await warehouseNode.getAttribute('aria-expanded')).toBe('true');
      await tree.getByRole('button', { name: 'Aisle A02 — bins: 8', exact: true }).waitFor();
      await tree.getByRole('button', { name: 'Aisle A01 — bins: 8', exact: true }).click();
      const rackNode = tree.getByRole('button', { name: 'Rack R01 — bins: 4, levels: 2', exact: true });
      await rackNode.focus();
      await rackNode.press('Enter');
      await tree.getByText(BIN_1, { exact: true }).waitFor();
      expect(await rackNode.getAttribute('aria-expanded')).toBe('true');
      expect(await tree.locator('.tree__leaf code').allInnerTexts()).toEqual([BIN_1, BIN_2, bin(1, 1, 2, 1), bin(1, 1, 2, 2)]);
      expect(await tree.getByText(BIN_1, { exact: true }).locator('..').innerText()).toContain('level 1 · position');

      // Check a scanned code.
      const check = page.getByRole('form', { name: 'Check a location code' });
      await check.getByLabel('Location code').fill(BIN_2.toLowerCase());
      await check.getByLabel('Location code').press('Enter');
      await page.getByTestId('location-details').filter({ hasText: BIN_2 }).waitFor();
      await check.getByLabel('Location code').fill(`${WAREHOUSE}-NOWHERE`);
      await check.getByLabel('Location code').press('Enter');
      await page.getByRole('alert').filter({ hasText: 'Location not found' }).waitFor();

      // Receipt from the supplier into one bin.
      let form = await moveStock(page, { quantity: '10', from: 'SUPPLIER', to: BIN_1, type: 'RECEIPT' });
      await form.getByRole('status').filter({ hasText: `Moved 10 × ${SKU} from SUPPLIER to ${BIN_1}` }).waitFor();

      await goTo(page, 'Stock', 'Stock by location');
      await page.getByLabel('Location', { exact: true }).fill(BIN_1);
      await page.getByLabel('Location', { exact: true }).press('Enter');
      await page.getByText('Balances: 1', { exact: true }).waitFor();
      const byLocation = await rowsOf(page, 'Stock by location');
      expect(byLocation.map((row) => row.slice(0, 3))).toEqual([[BIN_1, SKU, '10']]);

      // Part of it to another bin.
      form = await moveStock(page, { quantity: '4', from: BIN_1, to: BIN_2, type: 'TRANSFER' });
      await form.getByRole('status').filter({ hasText: `Moved 4 × ${SKU} from ${BIN_1} to ${BIN_2}` }).waitFor();

      await goTo(page, 'Stock', 'Stock by location');
      await page.getByRole('navigation', { name: 'Stock views' }).getByRole('link', { name: 'Stock by item' }).click();
      await page.getByRole('heading', { name: 'Stock by item', level: 1 }).waitFor();
      await page.getByLabel('Item', { exact: true }).fill(SKU);
      await page.getByLabel('Item', { exact: true }).press('Enter');
      await page.getByText('Balances: 2', { exact: true }).waitFor();
      expect((await rowsOf(page, 'Stock by item')).map((row) => row.slice(0, 3))).toEqual([
        [SKU, BIN_1, '6'],
        [SKU, BIN_2, '4'],
      ]);

      await goTo(page, 'Movement history');
      await page.getByLabel('Item', { exact: true }).fill(SKU);
      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      await page.getByText('Movements: 2', { exact: true }).waitFor();
      const history = await rowsOf(page, 'Movement history');
      expect(history.map((row) => row.slice(1, 6))).toEqual([
        [SKU, '4', `${BIN_1} → ${BIN_2}`, 'Transfer', 'manager'],
        [SKU, '10', `SUPPLIER → ${BIN_1}`, 'Receipt', 'manager'],
      ]);

      // More than there is: refused, nothing moves.
      form = await moveStock(page, { quantity: '7', from: BIN_1, to: BIN_2, type: 'TRANSFER' });
      await form.getByRole('alert').filter({ hasText: 'Insufficient balance' }).waitFor();
      expect(await form.getByLabel('Quantity', { exact: true }).inputValue()).toBe('7');

      // An occupied bin cannot be deleted; an empty one can.
      await goTo(page, 'Layout');
      await page.getByRole('button', { name: `Show bins of ${WAREHOUSE}` }).click();
      const table = page.getByRole('table', { name: `Bins of ${WAREHOUSE}` });
      await table.getByRole('button', { name: `Delete: ${BIN_1}` }).click();
      await table.getByRole('button', { name: `Confirm delete of ${BIN_1}` }).click();
      await page.getByRole('alert').filter({ hasText: 'Cannot delete occupied bin' }).waitFor();
      await table.getByRole('cell', { name: BIN_1, exact: true }).waitFor();

      await table.getByRole('button', { name: `Delete: ${EMPTY_BIN}` }).click();
      await table.getByRole('button', { name: `Confirm delete of ${EMPTY_BIN}` }).click();
      await page.getByRole('status').filter({ hasText: `Bin ${EMPTY_BIN} deleted.` }).waitFor();
      await page.getByText('Bins: 15', { exact: true }).waitFor();
    });
  });

  it('stock as of an instant before the receipt is empty, and "Now" shows it again', async () => {
    await asPerson('warehouse-as-of', async (page) => {
      await signIn(page, DEMO_USERS.accountant);
      await goTo(page, 'Stock', 'Stock by location');
      await page.getByRole('navigation', { name: 'Stock views' }).getByRole('link', { name: 'Stock by item' }).click();
      await page.getByLabel('Item', { exact: true }).fill(SKU);
      await page.getByLabel('As of', { exact: true }).fill(localInput(started));
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      const banner = page.getByTestId('as-of-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(`As of ${localInput(started).replace('T', ' ')}`);
      await page.getByText('No stock found.', { exact: true }).waitFor();
      await banner.getByRole('button', { name: 'Now' }).click();
      await page.getByText('Balances: 2', { exact: true }).waitFor();
      expect(await banner.count()).toBe(0);
    });
  });

  it('an operator on a handheld opens Move stock from the menu; every control is at least 48 px high', async () => {
    await asPerson(
      'warehouse-handheld',
      async (page) => {
        await signIn(page, DEMO_USERS.operator);
        await page.getByRole('button', { name: 'Open menu' }).click();
        const nav = mainNavigation(page);
        await nav.waitFor({ state: 'visible' });
        await nav.getByRole('link', { name: 'Move stock', exact: true }).click();
        await page.getByRole('heading', { name: 'Move stock', level: 1 }).waitFor();
        const form = page.getByRole('form', { name: 'Move stock' });
        const controls = form.locator('input, select, button');
        const count = await controls.count();
        expect(count).toBe(7);
        for (let index = 0; index < count; index++) {
          const box = await controls.nth(index).boundingBox();
          expect(box?.height ?? 0, `control ${String(index)}`).toBeGreaterThanOrEqual(48);
          expect(box?.width ?? 0).toBeLessThanOrEqual(360);
        }
      },
      { width: 360, height: 720 },
    );
  });

  it('an accountant sees stock and history but cannot open Move stock or Layout', async () => {
    await asPerson('warehouse-accountant', async (page) => {
      await signIn(page, DEMO_USERS.accountant);
      await goTo(page, 'Stock', 'Stock by location');
      await page.getByLabel('Location', { exact: true }).fill(BIN_1);
      await page.getByLabel('Location', { exact: true }).press('Enter');
      await page.getByText('Balances: 1', { exact: true }).waitFor();
      for (const path of ['/move', '/layout']) {
        await page.goto(path);
        await page.getByRole('alert').filter({ hasText: 'You do not have access to this page.' }).waitFor();
      }
    });
  });
});
