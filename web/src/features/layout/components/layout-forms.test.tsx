import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { BinsList } from './bins-list';
import { CheckLocation } from './check-location';
import { CreateBinForm } from './create-bin-form';
import { CreateWarehouseForm } from './create-warehouse-form';
import { GenerateLayoutForm } from './generate-layout-form';
import { WarehousesList } from './warehouses-list';

function recordBodies(path: string) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post(path, async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
    }),
  );
  return bodies;
}

describe('layout', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('creates a warehouse, which the list then shows, and reports a taken code', async () => {
    const bodies = recordBodies('*/api/v1/warehouses');
    const onCreated = vi.fn();
    const { user } = renderWithProviders(
      <>
        <WarehousesList selected="" onSelect={() => undefined} />
        <CreateWarehouseForm onCreated={onCreated} />
      </>,
    );
    await screen.findByRole('table', { name: 'Warehouses' });
    await user.type(screen.getByLabelText('Code'), 'aux');
    await user.type(screen.getByLabelText('Name'), 'Auxiliary');
    await user.click(screen.getByRole('button', { name: 'Create warehouse' }));
    expect(await screen.findByText('Warehouse AUX created.')).toBeInTheDocument();
    expect(onCreated).toHaveBeenCalledWith('AUX');
    expect(bodies[0]).toMatchObject({ code: 'AUX', name: 'Auxiliary' });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByRole('cell', { name: 'Auxiliary' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Code'), 'MAIN');
    await user.type(screen.getByLabelText('Name'), 'Again');
    await user.click(screen.getByRole('button', { name: 'Create warehouse' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A warehouse with this code already exists');
  });

  it('generates a demo warehouse and says how many bins were created', async () => {
    const bodies = recordBodies('*/api/v1/warehouses/generate');
    const onGenerated = vi.fn();
    const { user } = renderWithProviders(<GenerateLayoutForm onGenerated={onGenerated} />);
    await user.type(screen.getByLabelText('Code'), 'demo1');
    await user.type(screen.getByLabelText('Name'), 'Demo');
    await user.clear(screen.getByLabelText('Aisles'));
    await user.type(screen.getByLabelText('Aisles'), '3');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('24 bins created in DEMO1')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({ warehouse: 'DEMO1', name: 'Demo', aisles: 3, racksPerAisle: 2, levels: 2, binsPerLevel: 2 });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(onGenerated).toHaveBeenCalledWith('DEMO1');
    expect(db.locations.filter((location) => location.warehouse === 'DEMO1')).toHaveLength(24);
  });

  it('shows a generator field error next to its field', async () => {
    const { user } = renderWithProviders(<GenerateLayoutForm />);
    await user.type(screen.getByLabelText('Code'), 'DEMO2');
    await user.clear(screen.getByLabelText('Aisles'));
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByLabelText('Aisles')).toHaveAccessibleDescription('Between 1 and 99 aisles');
  });

  it('lists the bins of a warehouse with place, position, size and capacity, and searches them', async () => {
    const { user } = renderWithProviders(<BinsList warehouse="MAIN" />);
    const table = await screen.findByRole('table', { name: 'Bins of MAIN' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Code', 'Aisle / rack / level', 'Position x, y, z (m)', 'Size w × d × h (m)', 'Capacity (handling units)', 'Actions']);
    const row = within(table).getByRole('cell', { name: 'MAIN-A01-R02-L1-B2' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent)).toEqual([
      'MAIN-A01-R02-L1-B2',
      'A01 / R02 / 1',
      '4, 0, 0',
      '1 × 0.8 × 0.5',
      '1',
    ]);
    expect(screen.getByText('Bins: 4')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search by code' }), 'main-a01-r02{Enter}');
    expect(await screen.findByText('Bins: 2')).toBeInTheDocument();
  });

  it('deletes an empty bin after confirmation and refuses an occupied one', async () => {
    const bodies = recordBodies('*/api/v1/locations/:code/retire');
    const { user } = renderWithProviders(<BinsList warehouse="MAIN" />);
    await screen.findByRole('table', { name: 'Bins of MAIN' });

    await user.click(screen.getByRole('button', { name: 'Delete: MAIN-A01-R01-L1-B1' }));
    await user.click(screen.getByRole('button', { name: 'Confirm delete of MAIN-A01-R01-L1-B1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot delete occupied bin');
    expect(screen.getByRole('cell', { name: 'MAIN-A01-R01-L1-B1' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete: MAIN-A01-R01-L1-B2' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bodies).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete: MAIN-A01-R01-L1-B2' }));
    await user.click(screen.getByRole('button', { name: 'Confirm delete of MAIN-A01-R01-L1-B2' }));
    expect(await screen.findByText('Bin MAIN-A01-R01-L1-B2 deleted.')).toBeInTheDocument();
    expect(await screen.findByText('Bins: 3')).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'MAIN-A01-R01-L1-B2' })).not.toBeInTheDocument();
    expect(bodies).toHaveLength(2);
    expect(bodies[1]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodies[1]?.commandId).not.toBe(bodies[0]?.commandId);
  });

  async function fillBin(user: ReturnType<typeof renderWithProviders>['user'], values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      const field = screen.getByLabelText(label);
      await user.clear(field);
      await user.type(field, value);
    }
    await user.click(screen.getByRole('button', { name: 'Create bin' }));
  }

  it('creates a bin with all its fields', async () => {
    const bodies = recordBodies('*/api/v1/locations');
    const { user } = renderWithProviders(<CreateBinForm warehouse="MAIN" />);
    await screen.findByRole('option', { name: 'MAIN — Main warehouse' });
    expect(screen.getByLabelText('Warehouse')).toHaveValue('MAIN');
    await fillBin(user, {
      Code: 'main-a02-r01-l1-b1',
      Aisle: 'a02',
      Rack: 'r01',
      Level: '1',
      X: '0',
      Y: '3',
      Z: '0',
      Width: '1,2',
      Depth: '0.8',
      Height: '0.5',
      'Capacity (handling units)': '2',
    });
    expect(await screen.findByText('Bin MAIN-A02-R01-L1-B1 created.')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({
      warehouse: 'MAIN',
      code: 'MAIN-A02-R01-L1-B1',
      aisle: 'A02',
      rack: 'R01',
      level: 1,
      x: 0,
      y: 3,
      z: 0,
      width: 1.2,
      depth: 0.8,
      height: 0.5,
      capacityHandlingUnits: 2,
    });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByLabelText('Code')).toHaveValue('');
  });

  it('shows a taken code (409) and overlapping bins (422) as messages, and field errors by their fields', async () => {
    const { user } = renderWithProviders(<CreateBinForm warehouse="MAIN" />);
    await screen.findByRole('option', { name: 'MAIN — Main warehouse' });
    const bin = { Aisle: 'A01', Rack: 'R01', Level: '1', Width: '1', Depth: '0.8', Height: '0.5' };

    await fillBin(user, { Code: 'MAIN-A01-R01-L1-B1', ...bin });
    expect(await screen.findByRole('alert')).toHaveTextContent('A location with this code already exists');

    await fillBin(user, { Code: 'MAIN-A01-R01-L1-B9', ...bin, X: '0.5' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Bins overlap');

    await fillBin(user, { Code: 'MAIN-A01-R01-L1-B9', Aisle: ' ', Width: '0' });
    expect(await screen.findByRole('alert')).toHaveTextContent('One or more validation errors occurred.');
    expect(screen.getByLabelText('Aisle')).toHaveAccessibleDescription('Enter the aisle');
    expect(screen.getByLabelText('Width')).toHaveAccessibleDescription('Width must be above zero');
  });

  it('checks a scanned location code: details, or "Location not found"', async () => {
    const { user } = renderWithProviders(<CheckLocation />);
    await user.type(screen.getByLabelText('Location code'), 'main-a01-r01-l1-b2{Enter}');
    const details = await screen.findByTestId('location-details');
    expect(details).toHaveTextContent('MAIN-A01-R01-L1-B2');
    expect(details).toHaveTextContent('A01 / R01 / 1');
    expect(details).toHaveTextContent('In use');

    await user.clear(screen.getByLabelText('Location code'));
    await user.type(screen.getByLabelText('Location code'), 'NOWHERE{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Location not found');
    expect(screen.queryByTestId('location-details')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Location code'));
    await user.type(screen.getByLabelText('Location code'), 'SUPPLIER{Enter}');
    expect(await screen.findByTestId('location-details')).toHaveTextContent('Virtual location');
  });
});
