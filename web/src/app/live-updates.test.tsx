import { act, screen, waitFor, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

const quantityOf = (table: HTMLElement, location: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.includes(location));
  return row ? within(row).getAllByRole('cell')[2]?.textContent : undefined;
};

describe('live stock updates', () => {
  it('shows the connection state in the header', async () => {
    const { live } = renderApp('/', { user: demoUsers.manager });
    const status = await screen.findByTestId('live-status');
    await waitFor(() => expect(status).toHaveTextContent('Connecting…'));
    act(() => live.current?.setState('live'));
    expect(status).toHaveTextContent('Live');
    act(() => live.current?.setState('reconnecting'));
    expect(status).toHaveTextContent('Reconnecting…');
    act(() => live.current?.setState('offline'));
    expect(status).toHaveTextContent('Offline');
  });

  it('says the state in Lithuanian too', async () => {
    const { live, user } = renderApp('/', { user: demoUsers.manager });
    await screen.findByTestId('live-status');
    act(() => live.current?.setState('live'));
    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    expect(screen.getByTestId('live-status')).toHaveTextContent('Tiesiogiai');
  });

  it('refreshes Stock by item by itself when a StockMoved arrives', async () => {
    const { live } = renderApp('/stock/item?sku=SKU-001', { user: demoUsers.manager });
    const table = await screen.findByRole('table', { name: 'Stock by item' });
    expect(quantityOf(table, 'MAIN-A01-R01-L1-B1')).toBe('12.5');

    // Someone else receives 5 more into the bin; the server pushes the movement.
    const balance = db.balances.find((candidate) => candidate.location === 'MAIN-A01-R01-L1-B1' && candidate.sku === 'SKU-001');
    if (balance) balance.quantity = 17.5;
    act(() => live.current?.setState('live'));
    act(() => live.current?.pushStockMoved({ sku: 'SKU-001', quantity: 5 }));

    await waitFor(() => expect(quantityOf(screen.getByRole('table', { name: 'Stock by item' }), 'MAIN-A01-R01-L1-B1')).toBe('17.5'));
  });

  it('closes the connection at logout', async () => {
    const { live, user } = renderApp('/', { user: demoUsers.manager });
    await screen.findByTestId('live-status');
    const connection = live.current;
    expect(connection?.started).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(connection?.stopped).toBe(true);
    expect(live.all.every((candidate) => candidate.stopped)).toBe(true);
  });
});
