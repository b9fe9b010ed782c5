import { screen, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { FeatureFlagsAdmin } from './feature-flags-admin';

describe('FeatureFlagsAdmin', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.admin;
  });

  it('saves enabled, rollout and whitelist, then shows the change in the history', async () => {
    const { user } = renderWithProviders(<FeatureFlagsAdmin />);
    const card = await screen.findByTestId('flag-enable_offline_operations');
    await user.click(within(card).getByRole('checkbox', { name: 'Enabled' }));
    const rollout = within(card).getByLabelText('Rollout percentage (0–100)');
    await user.clear(rollout);
    await user.type(rollout, '25');
    await user.type(within(card).getByLabelText(/User whitelist/), 'operator, manager\noperator\n');
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    expect(await within(card).findByText('Flag enable_offline_operations saved.')).toBeInTheDocument();
    expect(db.flags.find((flag) => flag.key === 'enable_offline_operations')).toMatchObject({
      enabled: true,
      rolloutPercentage: 25,
      userWhitelist: ['operator', 'manager'],
    });

    await user.click(within(card).getByRole('button', { name: 'Show history' }));
    const row = (await within(card).findAllByRole('row'))[1];
    expect(row).toHaveTextContent('admin');
    expect(row).toHaveTextContent('Off, 0 %, whitelist: None → On, 25 %, whitelist: operator, manager');
  });

  it('refuses a rollout outside 0–100 without calling the server', async () => {
    const { user } = renderWithProviders(<FeatureFlagsAdmin />);
    const card = await screen.findByTestId('flag-enable_agnum_export');
    const rollout = within(card).getByLabelText('Rollout percentage (0–100)');
    await user.clear(rollout);
    await user.type(rollout, '150');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(rollout).toHaveAccessibleDescription('Enter a whole number from 0 to 100.');
    expect(db.flags.find((flag) => flag.key === 'enable_agnum_export')?.rolloutPercentage).toBe(0);
  });
});
