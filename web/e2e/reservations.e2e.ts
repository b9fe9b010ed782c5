import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectCreated } from './support/api';
import { DEMO_USERS, eventually, goTo, mainNavigation, navigationLabels, signIn } from './support/app';
import { launchBrowser, openSession, withScreenshotOnFailure } from './support/browser';

let browser: Browser;

const FLAG = 'enable_reservation_engine';
const HANDHELD = { width: 360, height: 720 };
const unique = Date.now().toString(36).toUpperCase();
const WAREHOUSE = `RS${unique}`;
const SKU = `E2E-RS-${unique}`;
const REFERENCE = `PO-${unique}`;
const BUMPED_REFERENCE = `SO-${unique}`;
const bin = (position: number) => `${WAREHOUSE}-A01-R01-L1-B${String(position)}`;

interface FlagSettings {
  enabled: boolean;
  rolloutPercentage: number;
  userWhitelist: string[];
}

async function asPerson(name: string, scenario: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const { context, page } = await openSession(browser, viewport ? { viewport } : {});
  try {
    await withScreenshotOnFailure(page, name, () => scenario(page));
  } finally {
    await context.close();
  }
}

/** Sets the flag as the administrator, through the API. */
async function setFlag(settings: FlagSettings): Promise<void> {
  await asPerson('reservations-flag', async (page) => {
    await signIn(page, DEMO_USERS.admin);
    await expectCreated(callApi(page, 'PUT', `/api/v1/feature-flags/${FLAG}`, { commandId: randomUUID(), ...settings }), 'flag');
  });
}

let original: FlagSettings | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  await asPerson('reservations-flag-read', async (page) => {
    await signIn(page, DEMO_USERS.admin);
    const { body } = await callApi(page, 'GET', '/api/v1/feature-flags');
    const flag = (body as (FlagSettings & { key: string })[]).find((candidate) => candidate.key === FLAG);
    expect(flag, `${FLAG} exists`).toBeDefined();
    original = { enabled: flag?.enabled ?? false, rolloutPercentage: flag?.rolloutPercentage ?? 0, userWhitelist: flag?.userWhitelist ?? [] };
  });
  await setFlag({ enabled: true, rolloutPercentage: 100, userWhitelist: original?.userWhitelist ?? [] });
});

afterAll(async () => {
  try {
    // Leave the flag as it was found.
    if (original && browser) await setFlag(original);
  } finally {
    await browser?.close();
  }
});

/** Scans like a keyboard-wedge scanner: types into whatever has the focus (the scan field), then Enter. */
async function scan(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null), { timeout: 10_000 })
    .toBe('scan');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('reservations', () => {
  it('a manager reserves stock received into two units; an operator starts picking and picks it by scanning until it is consumed', async () => {
    // Stock: two units in two bins, received from the supplier (6 + 4).
    const lpns: string[] = [];
    await asPerson('reservations-setup', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await expectCreated(
        callApi(page, 'POST', '/api/v1/skus', { commandId: randomUUID(), code: SKU, name: `Reservations ${unique}`, unitOfMeasure: 'EA' }),
        'item',
      );
      await expectCreated(
        callApi(page, 'POST', '/api/v1/warehouses/generate', {
          commandId: randomUUID(),
          warehouse: WAREHOUSE,
          name: `Reservations ${unique}`,
          aisles: 1,
          racksPerAisle: 1,
          levels: 1,
          binsPerLevel: 2,
        }),
        'layout',
      );
      for (const [position, quantity] of [
        [1, 6],
        [2, 4],
      ] as const) {
        const created = (await expectCreated(
          callApi(page, 'POST', '/api/v1/handling-units', { commandId: randomUUID(), type: 'BOX', location: bin(position) }),
          'unit',
        )) as { units?: { lpn?: string }[] };
        const lpn = created.units?.[0]?.lpn ?? '';
        expect(lpn).toMatch(/^\d{18}$/);
        lpns.push(lpn);
        await expectCreated(
          callApi(page, 'POST', `/api/v1/handling-units/${lpn}/lines`, { commandId: randomUUID(), sku: SKU, quantity, fromLocation: 'SUPPLIER' }),
          'line',
        );
      }

      // The manager reserves 8 through the form: allocated at once with SOFT locks.
      const shown = await eventually(page, async () => (await navigationLabels(page)).includes('Reservations'));
      expect(shown, 'Reservations in the manager menu').toBe(true);
      await mainNavigation(page).getByRole('link', { name: 'Reservations', exact: true }).click();
      await page.getByRole('heading', { name: 'Reservations', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'New reservation' }).click();
      const form = page.getByRole('form', { name: 'New reservation' });
      await form.getByLabel('Purpose', { exact: true }).fill('PRODUCTION_ORDER');
      await form.getByLabel('Reference', { exact: true }).fill(REFERENCE);
      await form.getByLabel('Priority (1 lowest – 10 highest)').fill('9');
      await form.getByLabel('Item of line 1').fill(SKU);
      await form.getByLabel('Quantity of line 1').fill('8');
      await form.getByRole('button', { name: 'Reserve' }).click();
      await form.getByRole('status').filter({ hasText: 'Reservation created: Allocated.' }).waitFor();

      // Its detail: two SOFT locks in walk order.
      await form.getByRole('link', { name: 'Open the reservation' }).click();
      const locks = page.getByRole('table', { name: 'Locks (walk order)' });
      await locks.waitFor();
      const rows = await locks.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain(bin(1));
      expect(rows[0]).toContain(lpns[0]);
      expect(rows[0]).toContain('Soft');
      expect(rows[1]).toContain(bin(2));
    });

    await asPerson(
      'reservations-operator',
      async (page) => {
        await signIn(page, DEMO_USERS.operator);
        const shown = await eventually(page, async () => (await navigationLabels(page)).includes('Pick'));
        expect(shown, 'Pick in the operator menu').toBe(true);
        await page.getByRole('button', { name: 'Open menu' }).click();
        await mainNavigation(page).getByRole('link', { name: 'Pick', exact: true }).click();
        await page.getByRole('heading', { name: 'Pick', level: 1 }).waitFor();
        await page.getByRole('button', { name: `Start picking reservation ${REFERENCE}` }).click();

        // Lock by lock: the screen names the unit, the operator scans it, confirms the quantity and picks to PRODUCTION.
        const expected = [
          { bin: bin(1), lpn: lpns[0] ?? '', quantity: '6' },
          { bin: bin(2), lpn: lpns[1] ?? '', quantity: '2' },
        ];
        for (const step of expected) {
          const next = page.getByTestId('pick-next');
          await next.getByTestId('pick-bin').filter({ hasText: step.bin }).waitFor();
          expect(await next.getByTestId('pick-lpn').innerText()).toBe(step.lpn);
          expect(await next.getByTestId('pick-quantity').innerText()).toBe(step.quantity);
          await scan(page, step.lpn);
          const quantity = page.getByLabel('Quantity picked');
          await quantity.waitFor();
          expect(await quantity.inputValue()).toBe(step.quantity);
          expect(await page.getByLabel('Pick to').inputValue()).toBe('PRODUCTION');
          await page.getByRole('button', { name: `Pick ${step.quantity} × ${SKU} to Production` }).click();
          if (step !== expected.at(-1)) {
            await page.getByRole('status').filter({ hasText: `Picked ${step.quantity} × ${SKU} to Production.` }).waitFor();
          }
        }
        await page.getByTestId('pick-done').filter({ hasText: `Done: reservation ${REFERENCE} is picked completely (consumed).` }).waitFor();

        // The server agrees: consumed, the picks in its history, the first unit emptied and 2 left in the second.
        const id = new URL(page.url()).pathname.split('/').pop() ?? '';
        const { body } = await callApi(page, 'GET', `/api/v1/reservations/${id}`);
        const reservation = body as { status: string; events: { type: string }[] };
        expect(reservation.status).toBe('CONSUMED');
        const types = reservation.events.map((event) => event.type);
        expect(types).toContain('PickingStarted');
        expect(types).toContain('PickRecorded');
        expect(types.at(-1)).toBe('ReservationConsumed');
        const second = (await callApi(page, 'GET', `/api/v1/handling-units/${lpns[1] ?? ''}`)).body as { lines?: { sku: string; quantity: number }[] };
        expect(second.lines?.find((line) => line.sku === SKU)?.quantity).toBe(2);
      },
      HANDHELD,
    );
  });

  // Uses the 2 the first scenario left in the second unit.
  it('a higher priority bumps a reservation: the owner sees it in the bell live, opens it, and the board lists the bump', async () => {
    await asPerson('reservations-bump', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      // Start from nothing unread, with the live channel up (the notification is pushed, not polled).
      expect((await callApi(page, 'POST', '/api/v1/notifications/read', { commandId: randomUUID() })).status).toBe(200);
      await page.reload();
      await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();
      await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 30_000 });

      const reserve = (reference: string, priority: number) =>
        expectCreated(
          callApi(page, 'POST', '/api/v1/reservations', {
            commandId: randomUUID(),
            purpose: 'SALES_ORDER',
            reference,
            priority,
            lines: [{ sku: SKU, quantity: 2 }],
          }),
          `reservation ${reference}`,
        ) as Promise<{ id: string; status: string }>;
      const low = await reserve(BUMPED_REFERENCE, 2);
      expect(low.status).toBe('ALLOCATED');
      expect((await reserve(`SO-${unique}-URGENT`, 8)).status).toBe('ALLOCATED');

      // Pushed over SignalR to the owner's open page: no reload.
      await page.getByRole('button', { name: 'Notifications: 1 unread' }).waitFor({ timeout: 30_000 });
      await page.getByTestId('notification-toast').filter({ hasText: `Reservation bumped: SALES_ORDER ${BUMPED_REFERENCE}` }).waitFor();

      await page.getByRole('button', { name: 'Notifications: 1 unread' }).click();
      await page.getByRole('region', { name: 'Notifications' }).getByRole('link', { name: new RegExp(`${BUMPED_REFERENCE} `) }).click();
      await page.waitForURL(`**/reservations/${low.id}`);
      await page.getByTestId('reservation-status').filter({ hasText: 'Bumped' }).waitFor();
      await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();

      await goTo(page, 'Reservations');
      const log = page.getByRole('table', { name: 'Bump log' });
      const row = log.locator('tbody tr').filter({ has: page.getByRole('link', { name: `SALES_ORDER ${BUMPED_REFERENCE}`, exact: true }) });
      await row.waitFor();
      expect(await row.innerText()).toContain('manager');
    });
  });
});
