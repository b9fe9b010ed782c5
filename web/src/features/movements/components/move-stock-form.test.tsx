import { useQuery } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { i18n } from '@/lib/i18n';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { MoveStockForm } from './move-stock-form';

async function fillAndSubmit(
  user: ReturnType<typeof renderWithProviders>['user'],
  values: { sku?: string; quantity?: string; from?: string; to?: string; type?: string; reason?: string },
) {
  if (values.sku) await user.type(screen.getByLabelText('Item'), values.sku);
  if (values.quantity) await user.type(screen.getByLabelText('Quantity'), values.quantity);
  if (values.from) await user.type(screen.getByLabelText('From location'), values.from);
  if (values.to) await user.type(screen.getByLabelText('To location'), values.to);
  if (values.type) await user.selectOptions(screen.getByLabelText('Movement type'), values.type);
  if (values.reason) await user.type(screen.getByLabelText('Reason (optional)'), values.reason);
  await user.click(screen.getByRole('button', { name: 'Move' }));
}

describe('MoveStockForm', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('moves stock with a commandId, says what moved and resets the form', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/movements', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user } = renderWithProviders(<MoveStockForm />);
    expect(screen.getByLabelText('Movement type')).toHaveValue('TRANSFER');
    await fillAndSubmit(user, { sku: 'sku-001', quantity: '5', from: 'main-a01-r01-l1-b1', to: 'main-a01-r02-l1-b1', reason: 'Replenish' });

    expect(await screen.findByText('Moved 5 × SKU-001 from MAIN-A01-R01-L1-B1 to MAIN-A01-R02-L1-B1')).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      sku: 'SKU-001',
      quantity: 5,
      fromLocation: 'MAIN-A01-R01-L1-B1',
      toLocation: 'MAIN-A01-R02-L1-B1',
      movementType: 'TRANSFER',
      reason: 'Replenish',
    });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(screen.getByLabelText('Item')).toHaveValue('');
    expect(screen.getByLabelText('Quantity')).toHaveValue('');
    expect(screen.getByLabelText('Movement type')).toHaveValue('TRANSFER');

    // A second movement is a new command.
    await fillAndSubmit(user, { sku: 'SKU-001', quantity: '2,5', from: 'SUPPLIER', to: 'MAIN-A01-R01-L1-B2', type: 'RECEIPT' });
    expect(await screen.findByText('Moved 2.5 × SKU-001 from SUPPLIER to MAIN-A01-R01-L1-B2')).toBeInTheDocument();
    expect(bodies[1]).toMatchObject({ quantity: 2.5, movementType: 'RECEIPT', reason: null });
    expect(bodies[1]?.commandId).not.toBe(bodies[0]?.commandId);
  });

  it.each([
    ['Insufficient balance', { sku: 'SKU-001', quantity: '500', from: 'MAIN-A01-R01-L1-B1', to: 'MAIN-A01-R02-L1-B1' }],
    ['Location not found', { sku: 'SKU-001', quantity: '1', from: 'MAIN-A01-R01-L1-B1', to: 'NOWHERE' }],
    ['Item not found', { sku: 'NO-SUCH-ITEM', quantity: '1', from: 'SUPPLIER', to: 'MAIN-A01-R02-L1-B1' }],
  ])('shows the problem title "%s" of a 422 answer and keeps the values', async (title, values) => {
    const { user } = renderWithProviders(<MoveStockForm />);
    await fillAndSubmit(user, values);
    expect(await screen.findByRole('alert')).toHaveTextContent(title);
    expect(screen.getByLabelText('Item')).toHaveValue(values.sku);
  });

  it('translates a 422 problem into Lithuanian by its code', async () => {
    const { user } = renderWithProviders(<MoveStockForm />);
    await act(() => i18n.changeLanguage('lt'));
    await user.type(screen.getByLabelText('Prekė'), 'SKU-001');
    await user.type(screen.getByLabelText('Kiekis'), '500');
    await user.type(screen.getByLabelText('Iš vietos'), 'MAIN-A01-R01-L1-B1');
    await user.type(screen.getByLabelText('Į vietą'), 'MAIN-A01-R02-L1-B1');
    await user.click(screen.getByRole('button', { name: 'Perkelti' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nepakanka likučio');
  });

  it('shows the field errors of a 400 answer next to their fields', async () => {
    const { user } = renderWithProviders(<MoveStockForm />);
    await fillAndSubmit(user, { from: 'SUPPLIER', to: 'SUPPLIER' });
    expect(await screen.findByRole('alert')).toHaveTextContent('One or more validation errors occurred.');
    const expectations: [string, string][] = [
      ['Item', 'Scan or enter the item'],
      ['Quantity', 'Quantity must be above zero, with at most 3 decimals'],
      ['To location', 'Source and destination must differ'],
    ];
    for (const [label, message] of expectations) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(message);
      expect(within(field.closest('.field') as HTMLElement).getByText(message)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('From location')).not.toHaveAttribute('aria-invalid');
  });

  it('refreshes the balances and the movement history after a movement', async () => {
    const fetched = { balances: 0, movements: 0 };
    function LedgerProbe() {
      useQuery({ queryKey: [...ledgerQueryRoots.balances, 'probe'], queryFn: () => ++fetched.balances });
      useQuery({ queryKey: [...ledgerQueryRoots.movements, 'probe'], queryFn: () => ++fetched.movements });
      return null;
    }
    const { user } = renderWithProviders(
      <>
        <LedgerProbe />
        <MoveStockForm />
      </>,
    );
    await vi.waitFor(() => expect(fetched).toEqual({ balances: 1, movements: 1 }));
    await fillAndSubmit(user, { sku: 'SKU-002', quantity: '1', from: 'MAIN-A01-R01-L1-B1', to: 'MAIN-A01-R01-L1-B2' });
    await screen.findByText(/^Moved 1 × SKU-002/);
    await vi.waitFor(() => expect(fetched).toEqual({ balances: 2, movements: 2 }));
  });

  it('retries after a network error with the same commandId', async () => {
    const ids: unknown[] = [];
    let attempts = 0;
    server.use(
      http.post('*/api/v1/movements', async ({ request }) => {
        ids.push(((await request.clone().json()) as Record<string, unknown>).commandId);
        attempts += 1;
        if (attempts === 1) return HttpResponse.error();
        return undefined;
      }),
    );
    const { user } = renderWithProviders(<MoveStockForm />);
    await fillAndSubmit(user, { sku: 'SKU-001', quantity: '1', from: 'SUPPLIER', to: 'MAIN-A01-R01-L1-B2' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved 1 × SKU-001 from SUPPLIER to MAIN-A01-R01-L1-B2')).toBeInTheDocument();
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });
});
