import { screen, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { ProjectionsAdmin } from './projections-admin';

const POLL_WAIT = { timeout: 6_000 };

describe('ProjectionsAdmin', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.admin;
  });

  it('lists the projections with lag, processed count, active process and last update', async () => {
    renderWithProviders(<ProjectionsAdmin />);
    const table = await screen.findByRole('table', { name: 'Projections' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Projection', 'Movements applied', 'Lag', 'Active process', 'Last update', 'Actions']);
    const row = screen.getByTestId('projection-stock_by_item');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 4)).toEqual(['stock_by_item', '3', '0 movements · 0.4 s', 'api-1']);
  });

  it('rebuilds a projection and polls every second until it is equal', async () => {
    db.rebuildScript = { afterPolls: 2, outcome: { state: 'equal', rowsRebuilt: 4, differences: 0, differenceSamples: [] } };
    const { user } = renderWithProviders(<ProjectionsAdmin />);
    await screen.findByRole('table', { name: 'Projections' });
    await user.click(screen.getByRole('button', { name: 'Rebuild bin_occupancy' }));

    const status = await screen.findByTestId('rebuild-bin_occupancy');
    expect(status).toHaveAttribute('data-state', 'queued');
    expect(within(status).getByRole('status')).toHaveTextContent('Rebuilding bin_occupancy: queued');
    expect(
      await within(status).findByText('Rebuild of bin_occupancy finished: equal to the live copy (4 rows).', {}, POLL_WAIT),
    ).toBeInTheDocument();
    expect(status).toHaveAttribute('data-state', 'equal');
    expect(db.rebuilds[0]?.polls).toBeGreaterThanOrEqual(2);
    const polls = db.rebuilds[0]?.polls ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(db.rebuilds[0]?.polls).toBe(polls);
  }, 15_000);

  it('shows the differences and their samples when the rebuilt copy differed', async () => {
    db.rebuildScript = {
      afterPolls: 2,
      outcome: {
        state: 'differed',
        rowsRebuilt: 4,
        differences: 2,
        differenceSamples: ['MAIN-A01-R01-L1-B1: live 2 units, rebuilt 1', 'MAIN-A01-R02-L1-B1: missing in live copy'],
      },
    };
    const { user } = renderWithProviders(<ProjectionsAdmin />);
    await screen.findByRole('table', { name: 'Projections' });
    await user.click(screen.getByRole('button', { name: 'Rebuild stock_by_item' }));

    const alert = await screen.findByRole('alert', {}, POLL_WAIT);
    expect(alert).toHaveTextContent('Rebuild of stock_by_item differed from the live copy: 2 differences.');
    expect(within(alert).getByText('MAIN-A01-R01-L1-B1: live 2 units, rebuilt 1')).toBeInTheDocument();
    expect(within(alert).getByText('MAIN-A01-R02-L1-B1: missing in live copy')).toBeInTheDocument();
    expect(screen.getByTestId('rebuild-stock_by_item')).toHaveAttribute('data-state', 'differed');
  }, 15_000);

  it('shows the error of a failed rebuild', async () => {
    db.rebuildScript = { afterPolls: 1, outcome: { state: 'failed', error: 'statement timeout' } };
    const { user } = renderWithProviders(<ProjectionsAdmin />);
    await screen.findByRole('table', { name: 'Projections' });
    await user.click(screen.getByRole('button', { name: 'Rebuild bin_occupancy' }));
    expect(await screen.findByRole('alert', {}, POLL_WAIT)).toHaveTextContent('Rebuild of bin_occupancy failed: statement timeout');
  }, 15_000);
});
