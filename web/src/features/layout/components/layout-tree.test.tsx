import { screen, waitFor, within } from '@testing-library/react';
import { db, demoUsers, testBin } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { LayoutTree } from './layout-tree';

/** The paths and queries of the GET requests the tree makes, in order. */
function recordGets() {
  const urls: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    urls.push(`${url.pathname}${url.search}`);
  });
  return urls;
}

describe('LayoutTree', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  afterEach(() => {
    server.events.removeAllListeners();
  });

  it('opens a warehouse, an aisle and a rack, fetching each level only when it is opened', async () => {
    const gets = recordGets();
    const { user } = renderWithProviders(<LayoutTree />);
    const tree = await screen.findByRole('list', { name: 'Layout tree' });
    const main = within(tree).getByRole('button', { name: 'MAIN — Main warehouse' });
    expect(main).toHaveAttribute('aria-expanded', 'false');
    expect(gets.some((url) => url.includes('/tree'))).toBe(false);

    await user.click(main);
    expect(main).toHaveAttribute('aria-expanded', 'true');
    const aisle = await within(tree).findByRole('button', { name: 'Aisle A01 — bins: 4' });
    expect(gets).toContain('/api/v1/warehouses/MAIN/tree');
    expect(within(tree).queryByRole('button', { name: /^Rack/ })).not.toBeInTheDocument();

    await user.click(aisle);
    const rack = within(tree).getByRole('button', { name: 'Rack R01 — bins: 2, levels: 1' });
    expect(within(tree).getByRole('button', { name: 'Rack R02 — bins: 2, levels: 1' })).toHaveAttribute('aria-expanded', 'false');
    // Aisles and racks come with the tree; no bins have been asked for yet.
    expect(gets.filter((url) => url.startsWith('/api/v1/locations'))).toEqual([]);

    await user.click(rack);
    const bin = await within(tree).findByText('MAIN-A01-R01-L1-B2');
    expect(bin.closest('li')).toHaveTextContent('MAIN-A01-R01-L1-B2 level 1 · position 1, 0, 0 m · size 1 × 0.8 × 0.5 m · capacity 1');
    expect(within(tree).getByText('MAIN-A01-R01-L1-B1')).toBeInTheDocument();
    expect(within(tree).queryByText('MAIN-A01-R02-L1-B1')).not.toBeInTheDocument();
    expect(gets.filter((url) => url.startsWith('/api/v1/locations'))).toEqual([
      '/api/v1/locations?page=1&pageSize=200&warehouse=MAIN&aisle=A01&rack=R01',
    ]);

    // Closing a rack hides its bins.
    await user.click(rack);
    expect(rack).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByText('MAIN-A01-R01-L1-B1')).not.toBeInTheDocument();
  });

  it('works from the keyboard', async () => {
    const { user } = renderWithProviders(<LayoutTree />);
    const tree = await screen.findByRole('list', { name: 'Layout tree' });
    await user.tab();
    const main = within(tree).getByRole('button', { name: 'MAIN — Main warehouse' });
    expect(main).toHaveFocus();
    await user.keyboard('{Enter}');
    const aisle = await within(tree).findByRole('button', { name: 'Aisle A01 — bins: 4' });
    await user.tab();
    expect(aisle).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(within(tree).getByRole('button', { name: 'Rack R01 — bins: 2, levels: 1' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(tree).findByText('MAIN-A01-R01-L1-B1')).toBeInTheDocument();
    await user.click(aisle);
    expect(aisle).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByText('MAIN-A01-R01-L1-B1')).not.toBeInTheDocument();
  });

  it('groups bins without an aisle or rack under "No aisle" / "No rack"', async () => {
    db.locations.push({ ...testBin('MAIN', 9, 9, 1, 1), code: 'MAIN-LOOSE-1', aisle: null, rack: null });
    const gets = recordGets();
    const { user } = renderWithProviders(<LayoutTree />);
    const tree = await screen.findByRole('list', { name: 'Layout tree' });
    await user.click(within(tree).getByRole('button', { name: 'MAIN — Main warehouse' }));
    await user.click(await within(tree).findByRole('button', { name: 'No aisle — bins: 1' }));
    await user.click(within(tree).getByRole('button', { name: 'No rack — bins: 1, levels: 1' }));
    expect(await within(tree).findByText('MAIN-LOOSE-1')).toBeInTheDocument();
    expect(gets).toContain('/api/v1/locations?page=1&pageSize=200&warehouse=MAIN&aisle=-&rack=-');
  });

  it('says when a warehouse has no bins', async () => {
    db.warehouses.push({ code: 'EMPTY', name: 'Empty' });
    const { user } = renderWithProviders(<LayoutTree />);
    await user.click(await screen.findByRole('button', { name: 'EMPTY — Empty' }));
    expect(await screen.findByText('No bins found.')).toBeInTheDocument();
  });

  it('is in Lithuanian too', async () => {
    const { i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('lt');
    const { user } = renderWithProviders(<LayoutTree />);
    const tree = await screen.findByRole('list', { name: 'Išdėstymo medis' });
    await user.click(within(tree).getByRole('button', { name: 'MAIN — Main warehouse' }));
    await user.click(await within(tree).findByRole('button', { name: 'Eilė A01 — vietų: 4' }));
    await user.click(within(tree).getByRole('button', { name: 'Stelažas R02 — vietų: 2, aukštų: 1' }));
    await waitFor(() =>
      expect(within(tree).getByText('MAIN-A01-R02-L1-B1').closest('li')).toHaveTextContent(
        'aukštas 1 · padėtis 3, 0, 0 m · dydis 1 × 0,8 × 0,5 m · talpa 1',
      ),
    );
  });
});
