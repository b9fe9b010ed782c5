import { screen } from '@testing-library/react';
import { db, demoUsers, testUnits } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { MergeHandlingUnits } from './merge-handling-units';

describe('MergeHandlingUnits', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('scans the target, then the sources, and merges them', async () => {
    const { user } = renderWithProviders(<MergeHandlingUnits />);
    expect(screen.getByLabelText('Scan the target handling unit')).toHaveFocus();
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan a handling unit to merge into the target')).toHaveFocus());
    // The target again is refused.
    await user.keyboard(`${testUnits.open}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('That is the target unit; scan another one.');
    await user.keyboard(`${testUnits.sealed}{Enter}`);
    expect(await screen.findByRole('list', { name: 'Units to merge (1)' })).toHaveTextContent(testUnits.sealed);
    await user.click(screen.getByRole('button', { name: 'Merge into the target (1)' }));

    expect(await screen.findByText(`Units merged into ${testUnits.open}: 1.`)).toBeInTheDocument();
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.sealed)?.status).toBe('EMPTY');
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.open)?.lines).toEqual([
      { sku: 'SKU-001', quantity: 8 },
      { sku: 'SKU-002', quantity: 2 },
    ]);
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the target handling unit')).toHaveFocus());
  });

  it('shows the problem title when a source is in another bin', async () => {
    const { user } = renderWithProviders(<MergeHandlingUnits />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await screen.findByTestId('hu-card');
    await user.keyboard(`${testUnits.other}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Merge into the target (1)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Handling units are in different bins');
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.other)?.status).toBe('OPEN');
  });
});
