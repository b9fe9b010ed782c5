import { act, screen, waitFor } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

function setLag(seconds: number) {
  for (const projection of db.projections) projection.lagSeconds = 0;
  const first = db.projections[0];
  if (first) first.lagSeconds = seconds;
}

describe('Refreshing… indicator', () => {
  it('shows in the header and on the stock screen while a projection lags more than 5 s, and hides when it catches up', async () => {
    setLag(0);
    const { queryClient } = renderApp('/stock/location', { user: demoUsers.operator });
    await screen.findByRole('table', { name: 'Stock by location' });
    const header = await screen.findByTestId('refreshing-header');
    const banner = screen.getByTestId('refreshing-banner');
    expect(header).toHaveAttribute('role', 'status');
    expect(banner).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Refreshing…')).not.toBeInTheDocument();

    setLag(7.5);
    await act(() => queryClient.refetchQueries({ queryKey: ['operations', 'projections'] }));
    await waitFor(() => expect(header).toHaveTextContent('Refreshing…'));
    expect(banner).toHaveTextContent('Refreshing…');

    setLag(5);
    await act(() => queryClient.refetchQueries({ queryKey: ['operations', 'projections'] }));
    await waitFor(() => expect(header).not.toHaveTextContent('Refreshing…'));
    expect(banner).toBeEmptyDOMElement();
  });

  it('polls the lag every 5 s by itself', async () => {
    setLag(0);
    renderApp('/', { user: demoUsers.accountant });
    const header = await screen.findByTestId('refreshing-header');
    await waitFor(() => expect(header).toBeEmptyDOMElement());
    setLag(12);
    await waitFor(() => expect(header).toHaveTextContent('Refreshing…'), { timeout: 8_000 });
  }, 15_000);
});
