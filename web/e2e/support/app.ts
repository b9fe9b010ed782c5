import type { Locator, Page } from 'playwright-core';

export const DEMO_USERS = {
  operator: { username: 'operator', password: 'operator-pass', role: 'Operator' },
  manager: { username: 'manager', password: 'manager-pass', role: 'Manager' },
  accountant: { username: 'accountant', password: 'accountant-pass', role: 'Accountant' },
  admin: { username: 'admin', password: 'admin-pass', role: 'Administrator' },
} as const;

export type DemoUser = (typeof DEMO_USERS)[keyof typeof DEMO_USERS];

export const ADMIN_NAV = ['Users', 'API keys', 'Feature flags'] as const;

export function mainNavigation(page: Page): Locator {
  // Collapsed on a narrow screen (display: none), so hidden elements count too.
  return page.getByRole('navigation', { name: 'Main', includeHidden: true });
}

/**
 * Submits the login form. The suite signs in a dozen times in a minute; if the
 * server's login rate limit answers 429, it waits as told (Retry-After) and tries again.
 */
export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/login');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    const answer = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/auth/login') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    const response = await answer;
    if (response.status() !== 429 || attempt >= 3) return;
    const retryAfter = Number(response.headers()['retry-after'] ?? '');
    await page.waitForTimeout(Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 20, 60) * 1_000);
  }
}

/** Signs in through the login page and waits for the signed-in layout. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  // On a narrow screen the navigation is in the DOM but collapsed.
  await mainNavigation(page).waitFor({ state: 'attached' });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

export async function navigationLabels(page: Page): Promise<string[]> {
  const links = mainNavigation(page).getByRole('link', { includeHidden: true });
  await links.first().waitFor({ state: 'attached' });
  return (await links.allTextContents()).map((text) => text.trim());
}

export async function goTo(page: Page, label: string, heading = label): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Waits until `check` holds, reloading the page between tries (for server-side caches). */
export async function eventually(page: Page, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(1_000);
    await page.reload();
  }
}

/** The text of the element that describes a control (its field errors). */
export async function descriptionOf(control: Locator): Promise<string> {
  const ids = (await control.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const page = control.page();
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').trim();
}
