import { screen, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, reservationId } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

const ON = { enable_reservation_engine: true };

async function boardRows() {
  const table = await screen.findByRole('table', { name: 'Reservations' });
  return within(table).getAllByRole('row').slice(1);
}

describe('Reservations board', () => {
  it('lists reservations by priority, filters by priority and status and opens one: lines, locks, history, start picking and cancel', async () => {
    const { user, router } = renderApp('/reservations', { user: demoUsers.manager, flags: ON });
    const rows = await boardRows();
    expect(rows.map((row) => (row as HTMLTableRowElement).cells[2]?.textContent)).toEqual(['PO-100', 'PO-300', 'SO-200', 'SO-400']);
    expect(rows[0]).toHaveTextContent('Picking');
    expect(rows[1]).toHaveTextContent('Pending');

    await user.selectOptions(screen.getByLabelText('Priority'), '5');
    await vi.waitFor(async () =>
      expect((await boardRows()).map((row) => (row as HTMLTableRowElement).cells[2]?.textContent)).toEqual(['PO-100', 'PO-300']),
    );
    await user.selectOptions(screen.getByLabelText('Priority'), '');

    await user.selectOptions(screen.getByLabelText('Status'), 'ALLOCATED');
    await vi.waitFor(async () => expect(await boardRows()).toHaveLength(1));
    await user.click(screen.getByRole('link', { name: 'Open reservation SO-200' }));
    expect(router.state.location.pathname).toBe(`/reservations/${reservationId(2)}`);

    const detail = await screen.findByTestId('reservation-detail');
    expect(within(detail).getByRole('table', { name: 'Lines' })).toHaveTextContent('SKU-0012');
    const locks = within(detail).getByRole('table', { name: 'Locks (walk order)' });
    expect(locks).toHaveTextContent('MAIN-A01-R01-L1-B1');
    expect(locks).toHaveTextContent('Soft');
    expect(within(detail).getByRole('table', { name: 'Event history' })).toHaveTextContent('Stock allocated');
    expect(within(detail).queryByRole('button', { name: 'Allocate' })).not.toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Start picking' }));
    expect(await screen.findByText('Picking started: the reservation is Picking.')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Locks (walk order)' })).getByText('Hard')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Event history' })).toHaveTextContent('Picking started');

    await user.click(screen.getByRole('button', { name: 'Cancel reservation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the reservation' });
    const confirm = within(dialog).getByRole('button', { name: 'Cancel reservation' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Reason'), 'Customer withdrew the order');
    await user.click(confirm);
    expect(await screen.findByText('The reservation is cancelled; its locks are released.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('reservation-status')).toHaveTextContent('Cancelled');
    expect(screen.getByText('No stock is locked.')).toBeInTheDocument();
    expect(db.reservations[1]?.reason).toBe('Customer withdrew the order');
  });

  it('allocates a pending reservation again and shows why it stays pending', async () => {
    db.balances.push({ location: 'MAIN-A01-R01-L1-B2', sku: 'SKU-009', quantity: 100, physical: true, updatedAt: '2026-01-15T10:00:00Z' });
    const { user } = renderApp(`/reservations/${reservationId(3)}`, { user: demoUsers.manager, flags: ON });
    expect(await screen.findAllByText('Not enough SKU-009 in stock')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('Allocation ran: the reservation is Allocated.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Locks (walk order)' })).toHaveTextContent('MAIN-A01-R01-L1-B2');
  });

  it('shows the hard-lock conflict when picking cannot start, in Lithuanian too', async () => {
    db.hardLockedReservations = [reservationId(2)];
    const { user } = renderApp(`/reservations/${reservationId(2)}`, { user: demoUsers.manager, flags: ON });
    await user.click(await screen.findByRole('button', { name: 'Start picking' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Stock hard-locked by another reservation');
    expect(screen.getByTestId('reservation-status')).toHaveTextContent('Allocated');

    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    expect(await screen.findByRole('alert')).toHaveTextContent('Atsargos griežtai užblokuotos kitai rezervacijai');
    expect(screen.getByRole('button', { name: 'Pradėti rinkimą' })).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
