import { act, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, testUnits } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { PackHandlingUnit } from './pack-handling-unit';

describe('PackHandlingUnit', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('puts loose stock into an open unit, takes some out and seals it', async () => {
    const { user } = renderWithProviders(<PackHandlingUnit />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard('sku-002{Enter}');
    await user.type(await screen.findByLabelText('Quantity'), '1');
    await user.click(screen.getByRole('button', { name: 'Put in' }));
    expect(await screen.findByText(`1 × SKU-002 put into ${testUnits.open}.`)).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Contents' })).getByText('SKU-002').closest('tr')).toHaveTextContent('SKU-0023'),
    );

    await user.keyboard('SKU-001{Enter}');
    await user.type(await screen.findByLabelText('Quantity'), '2');
    await user.click(screen.getByRole('button', { name: 'Take out' }));
    expect(await screen.findByText(`2 × SKU-001 taken out of ${testUnits.open}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Seal' }));
    expect(await screen.findByText(`Handling unit ${testUnits.open} sealed.`)).toBeInTheDocument();
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.open)).toMatchObject({
      status: 'SEALED',
      lines: [
        { sku: 'SKU-001', quantity: 3 },
        { sku: 'SKU-002', quantity: 3 },
      ],
    });
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Seal' })).toBeDisabled());
  });

  it('puts a lot in with its expiry date (warning when it is past) and leaves the date out for a lot without one', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/handling-units/:lpn/lines', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user } = renderWithProviders(<PackHandlingUnit />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard('SKU-002{Enter}');
    await user.type(await screen.findByLabelText('Quantity'), '1');
    const expiry = screen.getByLabelText('Expiry date of the lot put in (optional)');
    await user.type(expiry, '2020-06-30');
    expect(expiry).toHaveAccessibleDescription('This lot has already expired.');
    await user.click(screen.getByRole('button', { name: 'Put in' }));
    expect(await screen.findByText(`1 × SKU-002 put into ${testUnits.open}.`)).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({ sku: 'SKU-002', quantity: 1, expiresOn: '2020-06-30' });
    expect(await within(screen.getByTestId('hu-card')).findByTestId('hu-expiry')).toHaveTextContent('Expired');

    await user.keyboard('SKU-002{Enter}');
    await user.type(await screen.findByLabelText('Quantity'), '1');
    expect(screen.getByLabelText('Expiry date of the lot put in (optional)')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Put in' }));
    expect(await screen.findByText(`1 × SKU-002 put into ${testUnits.open}.`)).toBeInTheDocument();
    await vi.waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).not.toHaveProperty('expiresOn');
  });

  it('shows "Cannot modify sealed HU" for a sealed unit, in Lithuanian too', async () => {
    const { user } = renderWithProviders(<PackHandlingUnit />);
    await user.keyboard(`${testUnits.sealed}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard('SKU-001{Enter}');
    await user.type(await screen.findByLabelText('Quantity'), '1');
    await user.click(screen.getByRole('button', { name: 'Put in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot modify sealed HU');
    await act(() => i18n.changeLanguage('lt'));
    expect(screen.getByRole('alert')).toHaveTextContent('Negalima keisti užplombuoto krovinio vieneto');
  });
});
