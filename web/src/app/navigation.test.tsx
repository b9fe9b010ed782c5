import { screen, within } from '@testing-library/react';
import { demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

const ADMIN_ITEMS = ['Users', 'API keys', 'Feature flags'];
const WAREHOUSE_ITEMS = ['Stock', 'Move stock', 'Handling units', 'HUs by bin', 'Receipt alerts', 'Movement history', 'Layout', 'Operations'];

async function navigationLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('navigation', () => {
  it('shows the administration items to an administrator', async () => {
    renderApp('/', { user: demoUsers.admin });
    expect(await navigationLinks()).toEqual(['Home', 'Items', ...WAREHOUSE_ITEMS, ...ADMIN_ITEMS]);
  });

  it.each([
    ['operator', demoUsers.operator, ['Home', 'Items', 'Stock', 'Move stock', 'Handling units', 'Movement history']],
    ['manager', demoUsers.manager, ['Home', 'Items', ...WAREHOUSE_ITEMS]],
    ['accountant', demoUsers.accountant, ['Home', 'Items', 'Stock', 'Movement history', 'Operations']],
  ])('hides the administration items from the %s and shows the warehouse items of the role', async (_name, user, expected) => {
    renderApp('/', { user });
    const links = await navigationLinks();
    expect(links).toEqual(expected);
    for (const item of ADMIN_ITEMS) expect(links).not.toContain(item);
  });

  it.each([
    ['/move', demoUsers.accountant],
    ['/layout', demoUsers.operator],
    ['/layout', demoUsers.accountant],
    ['/operations', demoUsers.operator],
  ])('refuses %s to a role that may not use it', async (url, user) => {
    renderApp(url, { user });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this page.');
  });

  it('opens Stock by location from the menu and switches to Stock by item', async () => {
    const { user, router } = renderApp('/', { user: demoUsers.accountant });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Stock' }));
    expect(await screen.findByRole('heading', { name: 'Stock by location', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/stock/location');
    await user.click(within(screen.getByRole('navigation', { name: 'Stock views' })).getByRole('link', { name: 'Stock by item' }));
    expect(await screen.findByRole('heading', { name: 'Stock by item', level: 1 })).toBeInTheDocument();
  });

  it('shows the layout page to a manager: a generated warehouse opens its bins', async () => {
    const { user, router } = renderApp('/layout', { user: demoUsers.manager });
    expect(await screen.findByRole('heading', { name: 'Layout', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Choose a warehouse above to see its bins.')).toBeInTheDocument();
    const generator = screen.getByRole('form', { name: 'Generate demo warehouse' });
    await user.type(within(generator).getByLabelText('Code'), 'DEMO');
    await user.type(within(generator).getByLabelText('Name'), 'Demo');
    await user.click(within(generator).getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('16 bins created in DEMO')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?warehouse=DEMO');
    expect(await screen.findByRole('table', { name: 'Bins of DEMO' })).toBeInTheDocument();
    expect(screen.getByText('Bins: 16')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show bins of MAIN' }));
    expect(await screen.findByRole('table', { name: 'Bins of MAIN' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'New bin' })).toHaveFormValues({ warehouse: 'MAIN' });
  });

  it('shows the new menu items in Lithuanian too', async () => {
    const { user } = renderApp('/', { user: demoUsers.manager });
    await screen.findByRole('navigation', { name: 'Main' });
    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    const nav = await screen.findByRole('navigation', { name: 'Pagrindinis meniu' });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual([
      'Pradžia',
      'Prekės',
      'Atsargos',
      'Perkelti atsargas',
      'Krovinio vienetai',
      'KV pagal vietą',
      'Priėmimo įspėjimai',
      'Judėjimų istorija',
      'Sandėlio išdėstymas',
      'Operacijos',
    ]);
  });

  it('hides Offline while enable_offline_operations is off for the user', async () => {
    renderApp('/', { user: demoUsers.operator, flags: { enable_offline_operations: false } });
    await screen.findByTestId('my-flag-enable_offline_operations');
    expect(await navigationLinks()).not.toContain('Offline');
  });

  it('shows Offline when enable_offline_operations is on, and the page shows the policy', async () => {
    const { user } = renderApp('/', { user: demoUsers.operator, flags: { enable_offline_operations: true } });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(await within(nav).findByRole('link', { name: 'Offline' }));
    expect(await screen.findByRole('heading', { name: 'Offline' })).toBeInTheDocument();
    expect(await screen.findByTestId('offline-queueLimit')).toHaveTextContent('500');
    expect(screen.getByTestId('offline-offlineWarningAfterHours')).toHaveTextContent('8');
  });

  it('refuses an administration page to a non-administrator who types its address', async () => {
    renderApp('/users', { user: demoUsers.operator });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this page.');
  });

  it('sends a signed-out visitor to the login page', async () => {
    renderApp('/items', { user: null });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows the name and roles in the header and the greeting on Home', async () => {
    renderApp('/', { user: demoUsers.manager });
    expect(await screen.findByRole('heading', { name: 'Welcome, Marius Manager' })).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Marius Manager');
    expect(screen.getByTestId('current-user')).toHaveTextContent('Manager');
  });

  it('signs in, lands on the requested page and signs out', async () => {
    const { user, router } = renderApp('/items', { user: null });
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'admin-pass');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Items' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/items');
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
