import { fireEvent, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { StockView } from './stock-view';

/** Records the query string of every balances request, then lets the default handler answer. */
function recordBalanceRequests() {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/balances', ({ request }) => {
      seen.push(new URL(request.url).searchParams);
    }),
  );
  return seen;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('StockView', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.accountant;
  });

  it('lists balances by location with right-aligned quantities of up to three decimals', async () => {
    renderWithProviders(<StockView by="location" />);
    const table = await screen.findByRole('table', { name: 'Stock by location' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Location', 'Item', 'Quantity', 'Last change']);
    expect(rowsOf(table).map((row) => row.slice(0, 3))).toEqual([
      ['MAIN-A01-R01-L1-B1', 'SKU-001', '12.5'],
      ['MAIN-A01-R01-L1-B1', 'SKU-002', '3'],
      ['MAIN-A01-R02-L1-B1', 'SKU-001', '0.125'],
    ]);
    expect(within(table).getByRole('cell', { name: '0.125' })).toHaveClass('num');
    expect(screen.getByText('Balances: 3')).toBeInTheDocument();
  });

  it('filters by a typed or scanned location when Enter is pressed', async () => {
    const seen = recordBalanceRequests();
    const { user, router } = renderWithProviders(<StockView by="location" />);
    await screen.findByRole('table', { name: 'Stock by location' });
    await user.type(screen.getByLabelText('Location'), 'main-a01-r02-l1-b1{Enter}');
    expect(await screen.findByText('Balances: 1')).toBeInTheDocument();
    expect(seen.at(-1)?.get('location')).toBe('MAIN-A01-R02-L1-B1');
    expect(seen.at(-1)?.has('asOf')).toBe(false);
    expect(router.state.location.search).toBe('?location=MAIN-A01-R02-L1-B1');
  });

  it('shows stock by item with the item first and filters by item', async () => {
    const seen = recordBalanceRequests();
    const { user } = renderWithProviders(<StockView by="item" />);
    const table = await screen.findByRole('table', { name: 'Stock by item' });
    expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('Item');
    await user.type(screen.getByLabelText('Item'), 'sku-001{Enter}');
    expect(await screen.findByText('Balances: 2')).toBeInTheDocument();
    expect(seen.at(-1)?.get('sku')).toBe('SKU-001');
    expect(rowsOf(screen.getByRole('table', { name: 'Stock by item' })).map((row) => row.slice(0, 3))).toEqual([
      ['SKU-001', 'MAIN-A01-R01-L1-B1', '12.5'],
      ['SKU-001', 'MAIN-A01-R02-L1-B1', '0.125'],
    ]);
  });

  it('asks for the balances as of a past instant, says so, and goes back to now', async () => {
    const seen = recordBalanceRequests();
    const { user } = renderWithProviders(<StockView by="location" />);
    await screen.findByRole('table', { name: 'Stock by location' });
    expect(screen.queryByTestId('as-of-banner')).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2026-12-01T14:00' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));

    const banner = await screen.findByTestId('as-of-banner');
    expect(banner).toHaveTextContent('As of 2026-12-01 14:00');
    const expected = new Date('2026-12-01T14:00').toISOString();
    expect(seen.at(-1)?.get('asOf')).toBe(expected);
    expect(expected).toMatch(/Z$/);

    await user.click(within(banner).getByRole('button', { name: 'Now' }));
    expect(screen.queryByTestId('as-of-banner')).not.toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('');
    await screen.findByRole('table', { name: 'Stock by location' });
    expect(seen.at(-1)?.has('asOf')).toBe(false);
  });

  it('opens at an as-of instant given in the address', async () => {
    const seen = recordBalanceRequests();
    renderWithProviders(<StockView by="location" />, { url: '/?asOf=2026-12-01T12%3A00%3A00.000Z' });
    await screen.findByRole('table', { name: 'Stock by location' });
    expect(seen[0]?.get('asOf')).toBe('2026-12-01T12:00:00.000Z');
    expect(screen.getByTestId('as-of-banner')).toHaveTextContent(/As of 2026-12-0\d \d\d:00/);
  });

  it('includes virtual locations only when asked', async () => {
    db.balances.push({ location: 'SUPPLIER', sku: 'SKU-001', quantity: -12.625, physical: false, updatedAt: '2026-01-15T10:00:00Z' });
    const seen = recordBalanceRequests();
    const { user } = renderWithProviders(<StockView by="location" />);
    await screen.findByText('Balances: 3');
    await user.click(screen.getByLabelText('Include virtual locations (SUPPLIER, CUSTOMER …)'));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Balances: 4')).toBeInTheDocument();
    expect(seen.at(-1)?.get('includeVirtual')).toBe('true');
    expect(screen.getByRole('cell', { name: '-12.625' })).toBeInTheDocument();
  });
});
