import { screen, within } from '@testing-library/react';
import { demoUsers, testSscc, testUnits } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('handling-unit pages', () => {
  it('an operator opens the tasks from the menu and a task from the list', async () => {
    const { user, router } = renderApp('/', { user: demoUsers.operator });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Handling units' }));
    const tasks = await screen.findByRole('list', { name: 'Handling units' });
    expect(within(tasks).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Receive goods',
      'Put away / transfer',
      'Handling unit details',
      'Create handling unit',
      'Pack',
      'Split',
      'Merge',
    ]);
    await user.click(within(tasks).getByRole('link', { name: 'Put away / transfer' }));
    expect(await screen.findByRole('heading', { name: 'Put away / transfer', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/hu/put-away');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());
    await user.click(screen.getByRole('link', { name: 'All tasks' }));
    expect(router.state.location.pathname).toBe('/hu');
  });

  it('shows a unit with its events and movements, and opens a scanned one', async () => {
    const { user, router } = renderApp(`/hu/units/${testUnits.open}`, { user: demoUsers.operator });
    expect(await screen.findByRole('heading', { name: 'Handling unit details', level: 1 })).toBeInTheDocument();
    const card = await screen.findByTestId('hu-card');
    expect(within(card).getByText('Pallet')).toBeInTheDocument();
    expect(within(card).getByText('Open')).toBeInTheDocument();
    const events = screen.getByRole('table', { name: 'Events' });
    const rows = within(events).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['Line added', 'Created']);
    expect(rows[0]).toHaveTextContent('sku: SKU-001 · quantity: 5 · from: MAIN-A01-R01-L1-B1');
    expect(screen.getByText('No stock has moved into or out of this unit.')).toBeInTheDocument();

    await user.keyboard(`${testUnits.sealed}{Enter}`);
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/hu/units/${testUnits.sealed}`));
    expect(await screen.findByText('Sealed')).toBeInTheDocument();
    expect(screen.getByText('No events.')).toBeInTheDocument();
  });

  it('says "Handling unit not found" for an unknown LPN', async () => {
    renderApp(`/hu/units/${testSscc(77)}`, { user: demoUsers.operator });
    expect(await screen.findByRole('alert')).toHaveTextContent('Handling unit not found');
    expect(screen.queryByTestId('hu-card')).not.toBeInTheDocument();
  });

  it('a manager lists the units of a bin, filters them by status and item, and opens one', async () => {
    const { user, router } = renderApp('/', { user: demoUsers.manager });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'HUs by bin' }));
    expect(await screen.findByRole('heading', { name: 'Handling units by bin', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Enter a bin or an item to see its handling units.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Bin'), 'main-a01-r01-l1-b1{Enter}');
    expect(await screen.findByText('Handling units: 2')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Handling units' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 5))).toEqual([
      [testUnits.open, 'Pallet', 'Open', 'MAIN-A01-R01-L1-B1', 'SKU-001 × 5, SKU-002 × 2'],
      [testUnits.sealed, 'Box', 'Sealed', 'MAIN-A01-R01-L1-B1', 'SKU-001 × 3'],
    ]);

    await user.selectOptions(screen.getByLabelText('Status'), 'SEALED');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Handling units: 1')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Bin'));
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Item'), 'SKU-002{Enter}');
    await vi.waitFor(() => expect(screen.getByText('Handling units: 2')).toBeInTheDocument());
    expect(within(screen.getByRole('table', { name: 'Handling units' })).getByText(testUnits.other)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: testUnits.other }));
    expect(router.state.location.pathname).toBe(`/hu/units/${testUnits.other}`);
    expect(await screen.findByTestId('hu-card')).toHaveTextContent('MAIN-A01-R02-L1-B1');
  });

  it('a manager opens the receipt alerts from the menu', async () => {
    const { user } = renderApp('/', { user: demoUsers.manager });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Receipt alerts' }));
    expect(await screen.findByRole('heading', { name: 'Receipt alerts', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Receipt alerts' })).toBeInTheDocument();
  });

  it.each([
    ['/hu/put-away', demoUsers.accountant],
    ['/hu/receive', demoUsers.accountant],
    ['/receipts/alerts', demoUsers.operator],
    ['/handling-units', demoUsers.operator],
  ])('refuses %s to a role that may not use it', async (url, user) => {
    renderApp(url, { user });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this page.');
  });
});
