import { act, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, testSscc, testUnits } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { PutAway } from './put-away';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('PutAway', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('scans a unit, shows its contents and bin, scans the destination, confirms and says where it went', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/handling-units/:lpn/move', async ({ request }) => {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }),
    );
    const { user } = renderWithProviders(<PutAway />);
    expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus();
    await user.keyboard(`(00)${testUnits.open}{Enter}`);

    const card = await screen.findByTestId('hu-card');
    expect(within(card).getByText(testUnits.open)).toBeInTheDocument();
    expect(within(card).getByTestId('hu-bin')).toHaveTextContent('MAIN-A01-R01-L1-B1');
    expect(within(card).getByRole('table', { name: 'Contents' })).toHaveTextContent('SKU-0015SKU-0022');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the destination bin')).toHaveFocus());

    await user.keyboard('main-a01-r01-l1-b2{Enter}');
    expect(await screen.findByTestId('put-away-destination')).toHaveTextContent('MAIN-A01-R01-L1-B2');
    await user.click(screen.getByRole('button', { name: 'Move to MAIN-A01-R01-L1-B2' }));

    expect(
      await screen.findByText(`Handling unit ${testUnits.open} moved from MAIN-A01-R01-L1-B1 to MAIN-A01-R01-L1-B2.`),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ toLocation: 'MAIN-A01-R01-L1-B2', commandId: expect.stringMatching(UUID) as unknown }]);
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.open)?.location).toBe('MAIN-A01-R01-L1-B2');
    // Ready for the next unit, focus back in the scan field.
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());
    expect(screen.queryByTestId('hu-card')).not.toBeInTheDocument();
  });

  it('shows the problem title prominently when the destination bin is full, and stays on the confirmation', async () => {
    const { user } = renderWithProviders(<PutAway />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard('MAIN-A01-R02-L1-B1{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Move to MAIN-A01-R02-L1-B1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bin capacity exceeded');
    expect(screen.getByRole('button', { name: 'Move to MAIN-A01-R02-L1-B1' })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the destination bin')).toHaveFocus());
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.open)?.location).toBe('MAIN-A01-R01-L1-B1');

    await act(() => i18n.changeLanguage('lt'));
    expect(screen.getByRole('alert')).toHaveTextContent('Viršyta vietos talpa');
  });

  it('says so when the scanned unit does not exist or a bin is scanned first', async () => {
    const { user } = renderWithProviders(<PutAway />);
    await user.keyboard(`${testSscc(99)}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Handling unit not found');
    await user.keyboard('MAIN-A01-R01-L1-B2{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Scan a handling unit, not a bin.');
    expect(screen.queryByTestId('hu-card')).not.toBeInTheDocument();
  });

  it('refuses the bin the unit is already in', async () => {
    const { user } = renderWithProviders(<PutAway />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard('MAIN-A01-R01-L1-B1{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The handling unit is already in MAIN-A01-R01-L1-B1.');
    expect(screen.queryByRole('button', { name: /^Move to/ })).not.toBeInTheDocument();
  });
});
