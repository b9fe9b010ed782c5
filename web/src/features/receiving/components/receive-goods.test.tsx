import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, testSscc } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { ReceiveGoods } from './receive-goods';

describe('ReceiveGoods', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('scans a bin and items, adds one per repeated scan, and receives them into a new sealed unit', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/receipts', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user } = renderWithProviders(<ReceiveGoods />);
    await user.keyboard('main-a01-r01-l1-b2{Enter}');
    expect(await screen.findByTestId('receipt-bin')).toHaveTextContent('MAIN-A01-R01-L1-B2');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan an item (or another bin)')).toHaveFocus());
    await user.keyboard('SKU-003{Enter}');
    expect(await screen.findByLabelText('Quantity of SKU-003')).toHaveValue('1');
    await user.keyboard('SKU-003{Enter}');
    await vi.waitFor(() => expect(screen.getByLabelText('Quantity of SKU-003')).toHaveValue('2'));
    await user.keyboard('SKU-004{Enter}');
    const quantity = await screen.findByLabelText('Quantity of SKU-004');
    await user.clear(quantity);
    await user.type(quantity, '2,5');
    await user.selectOptions(screen.getByLabelText('Handling unit type'), 'BOX');
    await user.type(screen.getByLabelText('Supplier (optional)'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Receive' }));

    const lpn = testSscc(100);
    expect(await screen.findByText(`Received into handling unit ${lpn} in MAIN-A01-R01-L1-B2.`, { exact: false })).toHaveTextContent('Completed');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      location: 'MAIN-A01-R01-L1-B2',
      type: 'BOX',
      lines: [
        { sku: 'SKU-003', quantity: 2 },
        { sku: 'SKU-004', quantity: 2.5 },
      ],
      supplier: 'Acme',
      deliveryReference: null,
    });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(db.handlingUnits.at(-1)).toMatchObject({ lpn, status: 'SEALED', location: 'MAIN-A01-R01-L1-B2' });
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the bin the goods go to')).toHaveFocus());
  });

  it('sends each filled expiry date with its line, leaves it out when empty, and warns (without blocking) about a past one', async () => {
    const bodies: { lines: Record<string, unknown>[] }[] = [];
    server.use(
      http.post('*/api/v1/receipts', async ({ request }) => {
        bodies.push((await request.clone().json()) as { lines: Record<string, unknown>[] });
      }),
    );
    const { user } = renderWithProviders(<ReceiveGoods />);
    await user.keyboard('MAIN-A01-R01-L1-B2{Enter}');
    await screen.findByTestId('receipt-bin');
    await user.keyboard('SKU-001{Enter}');
    await screen.findByLabelText('Quantity of SKU-001');
    await user.keyboard('SKU-002{Enter}');
    await screen.findByLabelText('Quantity of SKU-002');

    const expiry = screen.getByLabelText('Expiry date of SKU-001 (optional)');
    expect(expiry).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Expiry date of SKU-002 (optional)')).toHaveValue('');
    await user.type(expiry, '2020-01-31');
    expect(expiry).toHaveValue('2020-01-31');
    expect(screen.getByText('This lot has already expired.')).toBeInTheDocument();
    expect(expiry).toHaveAccessibleDescription('This lot has already expired.');
    await user.clear(expiry);
    await user.type(expiry, '2999-12-31');
    expect(screen.queryByText('This lot has already expired.')).not.toBeInTheDocument();
    await user.clear(expiry);
    await user.type(expiry, '2020-01-31');
    expect(screen.getByRole('button', { name: 'Receive' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Receive' }));

    expect(await screen.findByText(/^Received into handling unit/)).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.lines).toEqual([
      { sku: 'SKU-001', quantity: 1, expiresOn: '2020-01-31' },
      { sku: 'SKU-002', quantity: 1 },
    ]);
    expect(db.handlingUnits.at(-1)?.expiresOn).toBe('2020-01-31');
  });

  it('says in Lithuanian that the lot has expired', async () => {
    await act(() => i18n.changeLanguage('lt'));
    const { user } = renderWithProviders(<ReceiveGoods />);
    await user.keyboard('MAIN-A01-R01-L1-B2{Enter}');
    await screen.findByTestId('receipt-bin');
    await user.keyboard('SKU-001{Enter}');
    await user.type(await screen.findByLabelText('SKU-001 galioja iki (neprivaloma)'), '2020-01-31');
    expect(screen.getByText('Šios partijos galiojimas jau pasibaigė.')).toBeInTheDocument();
  });

  it('shows the problem title of a refused receipt, in Lithuanian too, and keeps the lines', async () => {
    server.use(
      http.post('*/api/v1/receipts', () =>
        HttpResponse.json(
          { title: 'Bin capacity exceeded', status: 422, code: 'hu.capacity_exceeded' },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithProviders(<ReceiveGoods />);
    await user.keyboard('MAIN-A01-R02-L1-B1{Enter}');
    await screen.findByTestId('receipt-bin');
    await user.keyboard('SKU-001{Enter}');
    await screen.findByLabelText('Quantity of SKU-001');
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bin capacity exceeded');
    expect(screen.getByLabelText('Quantity of SKU-001')).toHaveValue('1');
    await act(() => i18n.changeLanguage('lt'));
    expect(screen.getByRole('alert')).toHaveTextContent('Viršyta vietos talpa');
  });

  it('retries a receipt after a network error with the same command id (the receipt id)', async () => {
    const ids: unknown[] = [];
    let attempts = 0;
    server.use(
      http.post('*/api/v1/receipts', async ({ request }) => {
        ids.push(((await request.clone().json()) as Record<string, unknown>).commandId);
        attempts += 1;
        return attempts === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const { user } = renderWithProviders(<ReceiveGoods />);
    await user.keyboard('MAIN-A01-R01-L1-B2{Enter}');
    await screen.findByTestId('receipt-bin');
    await user.keyboard('SKU-001{Enter}');
    await screen.findByLabelText('Quantity of SKU-001');
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    expect(await screen.findByText(/^Received into handling unit/)).toBeInTheDocument();
    expect(ids[1]).toBe(ids[0]);
  });
});
