import { screen, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, reservationId } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

const ON = { enable_reservation_engine: true };

describe('Bump log on the reservations board', () => {
  it('lists the recent bumps newest first (when, reservation, priority, reason, by) and opens a bumped reservation', async () => {
    const { user, router } = renderApp('/reservations', { user: demoUsers.manager, flags: ON });
    expect(await screen.findByRole('heading', { name: 'Recent bumps', level: 2 })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Bump log' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['When', 'Reservation', 'Priority', 'Reason', 'By']);
    const rows = within(table).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    expect(rows.map((row) => [...row.cells].slice(1).map((cell) => cell.textContent))).toEqual([
      ['PRODUCTION_ORDER PO-300', '5', 'Bumped by PRODUCTION_ORDER PO-100 (priority 8)', 'manager'],
      ['SALES_ORDER SO-400', '1', 'Stock hard-locked by PO-100', 'operator'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('time')).toHaveAttribute('dateTime', '2026-01-20T02:30:00Z');

    await user.click(within(table).getByRole('link', { name: 'PRODUCTION_ORDER PO-300' }));
    expect(router.state.location.pathname).toBe(`/reservations/${reservationId(3)}`);
  });

  it('says when nothing was bumped, in Lithuanian too', async () => {
    db.bumps = [];
    const { user } = renderApp('/reservations', { user: demoUsers.manager, flags: ON });
    expect(await screen.findByText('No reservation has been bumped.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    expect(await screen.findByRole('heading', { name: 'Naujausi išstūmimai' })).toBeInTheDocument();
    expect(screen.getByText('Nė viena rezervacija nebuvo išstumta.')).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('stays hidden while enable_reservation_engine is off', async () => {
    renderApp('/reservations', { user: demoUsers.manager });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this page.');
    expect(screen.queryByRole('heading', { name: 'Recent bumps' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Bump log' })).not.toBeInTheDocument();
  });
});
