import { screen, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { ItemsList } from './items-list';

describe('ItemsList', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('pages through the items and searches them', async () => {
    const { user, router } = renderWithProviders(<ItemsList />);
    const table = await screen.findByRole('table', { name: 'Items' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'SKU-021' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');

    await user.type(screen.getByRole('searchbox', { name: 'Search by code or name' }), 'SKU-04');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Items found: 6')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
  });
});
