import { screen } from '@testing-library/react';
import { db, demoUsers, testSscc, testUnits } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { SplitHandlingUnit } from './split-handling-unit';

describe('SplitHandlingUnit', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('splits the chosen quantities into a new unit of the chosen type and shows its LPN', async () => {
    const { user } = renderWithProviders(<SplitHandlingUnit />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await user.type(await screen.findByLabelText('SKU-001 (holds 5)'), '2');
    expect(screen.getByLabelText('Type of the new unit')).toHaveValue('PALLET');
    await user.selectOptions(screen.getByLabelText('Type of the new unit'), 'BOX');
    await user.click(screen.getByRole('button', { name: 'Split' }));

    const created = testSscc(100);
    expect(await screen.findByText(`New handling unit ${created} split off ${testUnits.open}.`)).toBeInTheDocument();
    expect(db.handlingUnits.find((unit) => unit.lpn === created)).toMatchObject({ type: 'BOX', lines: [{ sku: 'SKU-001', quantity: 2 }] });
    expect(db.handlingUnits.find((unit) => unit.lpn === testUnits.open)?.lines).toEqual([
      { sku: 'SKU-001', quantity: 3 },
      { sku: 'SKU-002', quantity: 2 },
    ]);
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());
  });

  it('shows the problem title when more is split off than the unit holds', async () => {
    const { user } = renderWithProviders(<SplitHandlingUnit />);
    await user.keyboard(`${testUnits.open}{Enter}`);
    await user.type(await screen.findByLabelText('SKU-002 (holds 2)'), '9');
    await user.click(screen.getByRole('button', { name: 'Split' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not enough in the handling unit');
    expect(screen.getByLabelText('SKU-002 (holds 2)')).toHaveValue('9');
  });
});
