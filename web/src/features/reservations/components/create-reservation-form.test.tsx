import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateReservationForm } from './create-reservation-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CreateReservationForm', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('reserves two lines with a purpose, reference and priority; allocation runs at once', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/reservations', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user } = renderWithProviders(<CreateReservationForm detailHref={(id) => `/reservations/${id}`} />);
    const form = screen.getByRole('form', { name: 'New reservation' });
    await user.type(within(form).getByLabelText('Purpose'), 'sales_order');
    await user.type(within(form).getByLabelText('Reference'), 'SO-777');
    const priority = within(form).getByLabelText('Priority (1 lowest – 10 highest)');
    await user.clear(priority);
    await user.type(priority, '7');
    await user.type(within(form).getByLabelText('Item of line 1'), 'sku-001');
    await user.type(within(form).getByLabelText('Quantity of line 1'), '2,5');
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    await user.type(within(form).getByLabelText('Item of line 2'), 'SKU-002');
    await user.type(within(form).getByLabelText('Quantity of line 2'), '1');
    await user.click(within(form).getByRole('button', { name: 'Reserve' }));

    expect(await screen.findByText('Reservation created: Allocated.')).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        purpose: 'sales_order',
        reference: 'SO-777',
        priority: 7,
        lines: [
          { sku: 'SKU-001', quantity: 2.5 },
          { sku: 'SKU-002', quantity: 1 },
        ],
        commandId: expect.stringMatching(UUID) as unknown,
      },
    ]);
    const created = db.reservations.at(-1);
    expect(created?.status).toBe('ALLOCATED');
    expect(screen.getByRole('link', { name: 'Open the reservation' })).toHaveAttribute('href', `/reservations/${created?.id ?? ''}`);
    // Ready for the next one.
    expect(within(form).getByLabelText('Purpose')).toHaveValue('');
    expect(within(form).queryByLabelText('Item of line 2')).not.toBeInTheDocument();
  });

  it('says why a reservation stays pending', async () => {
    const { user } = renderWithProviders(<CreateReservationForm detailHref={(id) => `/reservations/${id}`} />);
    await user.type(screen.getByLabelText('Purpose'), 'PRODUCTION_ORDER');
    await user.type(screen.getByLabelText('Item of line 1'), 'SKU-030');
    await user.type(screen.getByLabelText('Quantity of line 1'), '4');
    await user.click(screen.getByRole('button', { name: 'Reserve' }));
    expect(await screen.findByText(/not allocated yet \(pending\): Not enough SKU-030 in stock/)).toBeInTheDocument();
  });

  it('shows the server field errors next to the fields, line by line', async () => {
    const { user } = renderWithProviders(<CreateReservationForm detailHref={(id) => `/reservations/${id}`} />);
    await user.clear(screen.getByLabelText('Priority (1 lowest – 10 highest)'));
    await user.type(screen.getByLabelText('Priority (1 lowest – 10 highest)'), '11');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await user.type(screen.getByLabelText('Item of line 2'), 'SKU-002');
    await user.type(screen.getByLabelText('Quantity of line 2'), '0');
    await user.click(screen.getByRole('button', { name: 'Reserve' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('One or more validation errors occurred.');
    expect(screen.getByLabelText('Purpose')).toHaveAccessibleDescription(/Say what the stock is for/);
    expect(screen.getByLabelText('Priority (1 lowest – 10 highest)')).toHaveAccessibleDescription('Priority is 1 (lowest) to 10 (highest)');
    expect(screen.getByLabelText('Item of line 1')).toHaveAccessibleDescription('Enter the item');
    expect(screen.getByLabelText('Item of line 2')).not.toHaveAccessibleDescription('Enter the item');
    expect(screen.getByLabelText('Quantity of line 2')).toHaveAccessibleDescription('Quantity must be above zero');
    expect(db.reservations).toHaveLength(4);
  });
});
