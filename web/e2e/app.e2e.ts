import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_NAV,
  DEMO_USERS,
  descriptionOf,
  eventually,
  fillLogin,
  goTo,
  mainNavigation,
  navigationLabels,
  signIn,
  signOut,
} from './support/app';
import { launchBrowser, openSession, withScreenshotOnFailure } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs a scenario in its own browser context (own cookies), with a screenshot on failure. */
async function asPerson(name: string, scenario: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const { context, page } = await openSession(browser, viewport ? { viewport } : {});
  try {
    await withScreenshotOnFailure(page, name, () => scenario(page));
  } finally {
    await context.close();
  }
}

describe('signing in', () => {
  it.each([
    ['admin', DEMO_USERS.admin, true],
    ['manager', DEMO_USERS.manager, false],
    ['accountant', DEMO_USERS.accountant, false],
    ['operator', DEMO_USERS.operator, false],
  ] as const)('%s sees the menu of their role', async (name, user, isAdmin) => {
    await asPerson(`menu-${name}`, async (page) => {
      await signIn(page, user);
      const labels = await navigationLabels(page);
      expect(labels).toContain('Home');
      expect(labels).toContain('Items');
      for (const item of ADMIN_NAV) {
        expect(labels.includes(item), `${item} in the menu of ${name}`).toBe(isAdmin);
      }
      const header = page.getByTestId('current-user');
      expect(await header.innerText()).toContain(user.role);
      if (isAdmin) {
        await goTo(page, 'Users');
        await page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'operator', exact: true }).waitFor();
      } else {
        await page.goto('/users');
        expect(await page.getByRole('alert').innerText()).toContain('You do not have access to this page.');
      }
      await signOut(page);
    });
  });

  it('shows the problem title for a wrong password', async () => {
    await asPerson('wrong-password', async (page) => {
      await fillLogin(page, DEMO_USERS.operator.username, 'not-the-password');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Invalid username or password');
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  it('keeps the session across a reload and switches the language to Lithuanian', async () => {
    await asPerson('language', async (page) => {
      await signIn(page, DEMO_USERS.accountant);
      await page.reload();
      await mainNavigation(page).waitFor();
      await page.getByLabel('Language').selectOption('lt');
      const nav = page.getByRole('navigation', { name: 'Pagrindinis meniu' });
      await nav.getByRole('link', { name: 'Prekės' }).waitFor();
      await page.reload();
      await page.getByRole('navigation', { name: 'Pagrindinis meniu' }).waitFor();
      expect(await page.getByRole('button', { name: 'Atsijungti' }).isVisible()).toBe(true);
    });
  });
});

describe('handheld', () => {
  it('collapses the menu behind a large menu button on a narrow screen', async () => {
    await asPerson(
      'handheld-menu',
      async (page) => {
        await signIn(page, DEMO_USERS.operator);
        const nav = mainNavigation(page);
        expect(await nav.isVisible()).toBe(false);
        const menuButton = page.getByRole('button', { name: 'Open menu' });
        const buttonBox = await menuButton.boundingBox();
        expect(buttonBox?.height ?? 0).toBeGreaterThanOrEqual(48);
        await menuButton.click();
        await nav.waitFor({ state: 'visible' });
        const itemsLink = nav.getByRole('link', { name: 'Items', exact: true });
        const linkBox = await itemsLink.boundingBox();
        expect(linkBox?.height ?? 0).toBeGreaterThanOrEqual(48);
        await itemsLink.click();
        await page.getByRole('heading', { name: 'Items', level: 1 }).waitFor();
        await nav.waitFor({ state: 'hidden' });
      },
      { width: 360, height: 720 },
    );
  });
});

interface FlagState {
  enabled: boolean;
  rollout: string;
  whitelist: string;
}

async function openFlag(page: Page, key: string) {
  await goTo(page, 'Feature flags');
  const card = page.getByTestId(`flag-${key}`);
  await card.waitFor();
  return {
    card,
    enabled: card.getByRole('checkbox', { name: 'Enabled' }),
    rollout: card.getByLabel('Rollout percentage (0–100)'),
    whitelist: card.getByLabel(/^User whitelist/),
  };
}

async function setFlag(page: Page, key: string, state: FlagState): Promise<void> {
  const flag = await openFlag(page, key);
  await flag.enabled.setChecked(state.enabled);
  await flag.rollout.fill(state.rollout);
  await flag.whitelist.fill(state.whitelist);
  await flag.card.getByRole('button', { name: 'Save' }).click();
  await flag.card.getByRole('status').filter({ hasText: `Flag ${key} saved.` }).waitFor();
}

describe('feature flags', () => {
  const KEY = 'enable_offline_operations';

  it('shows the Offline section to the operator only while enable_offline_operations is on', async () => {
    const { context: adminContext, page: admin } = await openSession(browser);
    let original: FlagState | undefined;
    try {
      await withScreenshotOnFailure(admin, 'offline-flag-admin', async () => {
        await signIn(admin, DEMO_USERS.admin);
        const flag = await openFlag(admin, KEY);
        original = {
          enabled: await flag.enabled.isChecked(),
          rollout: await flag.rollout.inputValue(),
          whitelist: await flag.whitelist.inputValue(),
        };
        await setFlag(admin, KEY, { enabled: true, rollout: '100', whitelist: original.whitelist });

        // The change is recorded in the flag's history, with who made it.
        const card = admin.getByTestId(`flag-${KEY}`);
        await card.getByRole('button', { name: 'Show history' }).click();
        await card.getByRole('cell', { name: 'admin' }).first().waitFor();
      });

      await asPerson('offline-flag-operator-on', async (page) => {
        await signIn(page, DEMO_USERS.operator);
        const shown = await eventually(page, async () => {
          return (await navigationLabels(page)).includes('Offline');
        });
        expect(shown, 'Offline in the operator menu').toBe(true);
        await goTo(page, 'Offline');
        const policy = (await (await page.request.get('/api/v1/offline/policy')).json()) as Record<string, number>;
        for (const key of ['queueLimit', 'warnAtQueueLength', 'syncPromptAtQueueLength', 'offlineWarningAfterHours']) {
          const row = page.getByTestId(`offline-${key}`);
          await row.waitFor();
          expect(await row.locator('dd').innerText()).toBe(String(policy[key]));
        }
      });

      await withScreenshotOnFailure(admin, 'offline-flag-admin-off', () =>
        setFlag(admin, KEY, { enabled: false, rollout: '0', whitelist: '' }),
      );

      await asPerson('offline-flag-operator-off', async (page) => {
        await signIn(page, DEMO_USERS.operator);
        const hidden = await eventually(page, async () => {
          return !(await navigationLabels(page)).includes('Offline');
        });
        expect(hidden, 'Offline gone from the operator menu').toBe(true);
      });
    } finally {
      // Leave the flag as it was found.
      if (original) await setFlag(admin, KEY, original);
      await adminContext.close();
    }
  });
});

describe('items', () => {
  it('a manager creates an item and finds it in the list', async () => {
    await asPerson('create-item', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await goTo(page, 'Items');
      const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
      const form = page.getByRole('form', { name: 'New item' });
      await form.getByLabel('Code').fill(code);
      await form.getByLabel('Name', { exact: true }).fill(`End-to-end item ${code}`);
      await form.getByLabel('Unit of measure').selectOption('KG');
      await form.getByRole('button', { name: 'Create item' }).click();
      await form.getByRole('status').filter({ hasText: `Item ${code} created.` }).waitFor();

      await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(code);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      // The new item may also be on the unfiltered first page: wait for the search's own answer.
      await page.getByText('Items found: 1', { exact: true }).waitFor();
      const table = page.getByRole('table', { name: 'Items' });
      await table.getByRole('cell', { name: `End-to-end item ${code}` }).waitFor();
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      expect(await table.getByRole('cell', { name: 'KG', exact: true }).count()).toBe(1);
    });
  });

  it('an item without a name shows the field errors next to the fields', async () => {
    await asPerson('invalid-item', async (page) => {
      await signIn(page, DEMO_USERS.manager);
      await goTo(page, 'Items');
      const form = page.getByRole('form', { name: 'New item' });
      await form.getByLabel('Code').fill(`E2E-BAD-${Date.now().toString(36).toUpperCase()}`);
      await form.getByLabel('Name', { exact: true }).fill('');
      await form.getByRole('button', { name: 'Create item' }).click();
      await form.getByRole('alert').waitFor();
      const name = form.getByLabel('Name', { exact: true });
      await form.locator('[aria-invalid="true"]').first().waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect((await descriptionOf(name)).length).toBeGreaterThan(0);
    });
  });

  it('an operator sees the list but not the new-item form', async () => {
    await asPerson('operator-items', async (page) => {
      await signIn(page, DEMO_USERS.operator);
      await goTo(page, 'Items');
      await page.getByRole('searchbox', { name: 'Search by code or name' }).waitFor();
      expect(await page.getByRole('form', { name: 'New item' }).count()).toBe(0);
    });
  });
});

describe('administration', () => {
  it('an administrator creates an API key, sees its secret once, and revokes it', async () => {
    await asPerson('api-key', async (page) => {
      await signIn(page, DEMO_USERS.admin);
      await goTo(page, 'API keys');
      const name = `e2e key ${Date.now().toString(36)}`;
      const form = page.getByRole('form', { name: 'New API key' });
      await form.getByLabel('Name').fill(name);
      await form.getByRole('checkbox', { name: 'Operator' }).check();
      await form.getByRole('button', { name: 'Create API key' }).click();

      const dialog = page.getByRole('dialog', { name: `API key ${name} created` });
      await dialog.waitFor();
      const secret = await dialog.getByLabel('Secret').inputValue();
      expect(secret.length).toBeGreaterThan(20);
      expect(await dialog.innerText()).toContain('It will not be shown again.');
      await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(secret);

      const table = page.getByRole('table', { name: 'API keys' });
      const row = table.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      await row.getByRole('button', { name: `Revoke: ${name}` }).click();
      await row.getByRole('button', { name: `Confirm revoke of ${name}` }).click();
      await row.getByText(/^Revoked /).waitFor();
    });
  });

  it('an administrator sees every user with their roles', async () => {
    await asPerson('users', async (page) => {
      await signIn(page, DEMO_USERS.admin);
      await goTo(page, 'Users');
      const table = page.getByRole('table', { name: 'Users' });
      for (const user of Object.values(DEMO_USERS)) {
        const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: user.username, exact: true }) });
        await row.waitFor();
        expect(await row.innerText()).toContain(user.role);
      }
    });
  });
});
