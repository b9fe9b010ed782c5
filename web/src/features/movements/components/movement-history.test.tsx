import { fireEvent, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { db, demoUsers, movement } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { MovementHistory } from './movement-history';

function recordMovementRequests() {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/movements', ({ request }) => {
      seen.push(new URL(request.url).searchParams);
    }),
  );
  return seen;
}

describe('MovementHistory', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.accountant;
  });

  it('lists movements newest first with time, item, quantity, from → to, type, operator and reason', async () => {
    renderWithProviders(<MovementHistory />);
    const table = await screen.findByRole('table', { name: 'Movement history' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Time', 'Item', 'Quantity', 'From → to', 'Movement type', 'Operator', 'Reason']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(first.slice(1)).toEqual(['SKU-001', '0.125', 'MAIN-A01-R01-L1-B1 → MAIN-A01-R02-L1-B1', 'Transfer', 'operator', 'Replenish']);
    expect(first[0]).toMatch(/2026/);
    expect(within(rows[2] as HTMLElement).getByRole('cell', { name: '12.625' })).toHaveClass('num');
  });

  it('sends every filter in the query string', async () => {
    const seen = recordMovementRequests();
    const { user, router } = renderWithProviders(<MovementHistory />);
    await screen.findByRole('table', { name: 'Movement history' });
    expect(seen[0]?.toString()).toBe('page=1&pageSize=50');

    await user.type(screen.getByLabelText('Item'), 'sku-001');
    await user.type(screen.getByLabelText('Location'), 'main-a01-r01-l1-b1');
    await user.type(screen.getByLabelText('Operator'), 'manager');
    await user.selectOptions(screen.getByLabelText('Movement type'), 'RECEIPT');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01T08:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-01T18:30' } });
    await user.click(screen.getByRole('button', { name: 'Filter' }));

    expect(await screen.findByText('Movements: 1')).toBeInTheDocument();
    const query = seen.at(-1);
    expect(Object.fromEntries(query ?? [])).toEqual({
      page: '1',
      pageSize: '50',
      sku: 'SKU-001',
      location: 'MAIN-A01-R01-L1-B1',
      operator: 'manager',
      movementType: 'RECEIPT',
      from: new Date('2026-01-01T08:00').toISOString(),
      to: new Date('2026-02-01T18:30').toISOString(),
    });
    expect(new URLSearchParams(router.state.location.search).get('movementType')).toBe('RECEIPT');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Movements: 3')).toBeInTheDocument();
    expect(screen.getByLabelText('Item')).toHaveValue('');
  });

  it('offers every movement type and all types', async () => {
    renderWithProviders(<MovementHistory />);
    const select = await screen.findByLabelText('Movement type');
    expect(within(select).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual([
      '',
      'RECEIPT',
      'TRANSFER',
      'PICK',
      'SCRAP',
      'ADJUSTMENT',
      'RETURN',
      'COUNT',
    ]);
  });

  it('pages through a long history', async () => {
    db.movements = Array.from({ length: 120 }, (_, index) =>
      movement(index + 1, `2026-01-15T10:${String(index % 60).padStart(2, '0')}:00Z`, 'SKU-001', index + 1, 'SUPPLIER', 'MAIN-A01-R01-L1-B1', 'RECEIPT', 'manager', null),
    );
    const seen = recordMovementRequests();
    const { user } = renderWithProviders(<MovementHistory />);
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '120' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(seen.at(-1)?.get('page')).toBe('2');
    expect(await screen.findByRole('cell', { name: '70' })).toBeInTheDocument();
  });
});
