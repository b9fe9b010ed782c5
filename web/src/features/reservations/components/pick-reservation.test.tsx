import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, reservationId, testSscc } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const ON = { enable_reservation_engine: true };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Pick screen', () => {
  it('picks a reservation lock by lock in walk order, a unit then loose stock, until it is consumed', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/reservations/:id/picks', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user, router } = renderApp('/pick', { user: demoUsers.operator, flags: ON });
    const list = await screen.findByRole('list', { name: 'Reservations to pick' });
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual(['PO-100', 'SO-200']);
    await user.click(within(list).getByRole('button', { name: 'Pick reservation PO-100' }));
    expect(router.state.location.pathname).toBe(`/pick/${reservationId(1)}`);

    // First lock: a unit in bin B1.
    const next = await screen.findByTestId('pick-next');
    expect(within(next).getByTestId('pick-bin')).toHaveTextContent('MAIN-A01-R01-L1-B1');
    expect(within(next).getByTestId('pick-sku')).toHaveTextContent('SKU-001');
    expect(within(next).getByTestId('pick-lpn')).toHaveTextContent(testSscc(2));
    expect(within(next).getByTestId('pick-quantity')).toHaveTextContent('5');
    expect(screen.getByText(/pick 1 of 2/)).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());

    // The wrong unit is refused; the right one asks for the quantity.
    await user.keyboard(`${testSscc(1)}{Enter}`);
    expect(await screen.findByTestId('scan-feedback')).toHaveTextContent(`Wrong unit: scan ${testSscc(2)}`);
    expect(screen.queryByLabelText('Quantity picked')).not.toBeInTheDocument();
    await user.keyboard(`${testSscc(2)}{Enter}`);
    expect(await screen.findByLabelText('Quantity picked')).toHaveValue('5');
    expect(screen.getByLabelText('Pick to')).toHaveValue('PRODUCTION');
    await user.click(screen.getByRole('button', { name: 'Pick 5 × SKU-001 to Production' }));
    expect(await screen.findByText('Picked 5 × SKU-001 to Production.')).toBeInTheDocument();

    // Second lock: loose stock, the bin is scanned.
    expect(await screen.findByText('Loose stock')).toBeInTheDocument();
    expect(screen.getByTestId('pick-bin')).toHaveTextContent('MAIN-A01-R02-L1-B1');
    expect(screen.getByText(/pick 2 of 2/)).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the bin')).toHaveFocus());
    await user.keyboard('main-a01-r02-l1-b1{Enter}');
    expect(await screen.findByLabelText('Quantity picked')).toHaveValue('3');
    await user.selectOptions(screen.getByLabelText('Pick to'), 'CUSTOMER');
    await user.click(screen.getByRole('button', { name: 'Pick 3 × SKU-002 to Customer' }));

    expect(await screen.findByTestId('pick-done')).toHaveTextContent('Done: reservation PO-100 is picked completely (consumed).');
    expect(db.reservations[0]?.status).toBe('CONSUMED');
    expect(bodies).toEqual([
      { location: 'MAIN-A01-R01-L1-B1', sku: 'SKU-001', quantity: 5, lpn: testSscc(2), toLocation: 'PRODUCTION', commandId: expect.stringMatching(UUID) as unknown },
      { location: 'MAIN-A01-R02-L1-B1', sku: 'SKU-002', quantity: 3, lpn: null, toLocation: 'CUSTOMER', commandId: expect.stringMatching(UUID) as unknown },
    ]);
    await user.click(screen.getByRole('button', { name: 'Choose another reservation' }));
    expect(router.state.location.pathname).toBe('/pick');
    const remaining = await screen.findByRole('list', { name: 'Reservations to pick' });
    expect(within(remaining).getAllByRole('listitem')).toHaveLength(1);
  });

  it('starts picking an allocated reservation and picks part of a lock to the customer (a sales order)', async () => {
    const { user } = renderApp('/pick', { user: demoUsers.operator, flags: ON });
    await user.click(await screen.findByRole('button', { name: 'Start picking reservation SO-200' }));
    expect(await screen.findByTestId('pick-lpn')).toHaveTextContent(testSscc(1));
    expect(db.reservations[1]?.status).toBe('PICKING');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());
    await user.keyboard(`${testSscc(1)}{Enter}`);
    const quantity = await screen.findByLabelText('Quantity picked');
    expect(screen.getByLabelText('Pick to')).toHaveValue('CUSTOMER');
    await user.clear(quantity);
    await user.type(quantity, '3');
    expect(quantity).toHaveAccessibleDescription('Enter a quantity above 0 and at most 2');
    expect(screen.getByRole('button', { name: /^Pick 3 × SKU-001/ })).toBeDisabled();
    await user.clear(quantity);
    await user.type(quantity, '1');
    await user.click(screen.getByRole('button', { name: 'Pick 1 × SKU-001 to Customer' }));
    // One left on the same unit: scanned again for the rest.
    await vi.waitFor(() => expect(screen.getByTestId('pick-quantity')).toHaveTextContent('1'));
    expect(screen.queryByLabelText('Quantity picked')).not.toBeInTheDocument();
  });

  it('shows "Reservation not in picking state" when the reservation stopped being picked meanwhile, in Lithuanian too', async () => {
    const { user } = renderApp(`/pick/${reservationId(1)}`, { user: demoUsers.operator, flags: ON });
    await screen.findByTestId('pick-next');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());
    await user.keyboard(`${testSscc(2)}{Enter}`);
    await screen.findByLabelText('Quantity picked');
    // A manager cancelled it meanwhile.
    const picked = db.reservations[0];
    if (picked) picked.status = 'CANCELLED';
    await user.click(screen.getByRole('button', { name: 'Pick 5 × SKU-001 to Production' }));
    expect(await screen.findByText('Reservation not in picking state')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    expect(await screen.findByText('Rezervacija nėra rinkimo būsenos')).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('shows the hard-lock conflict when picking cannot start', async () => {
    db.hardLockedReservations = [reservationId(2)];
    const { user } = renderApp('/pick', { user: demoUsers.operator, flags: ON });
    await user.click(await screen.findByRole('button', { name: 'Start picking reservation SO-200' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Stock hard-locked by another reservation');
    expect(db.reservations[1]?.status).toBe('ALLOCATED');
  });
});
