import { screen, within } from '@testing-library/react';
import { db, demoUsers, testSscc } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateHandlingUnit } from './create-handling-unit';

describe('CreateHandlingUnit', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('creates a unit of the chosen type when the bin is scanned and shows its LPN', async () => {
    const { user } = renderWithProviders(<CreateHandlingUnit />);
    await user.selectOptions(screen.getByLabelText('Type'), 'BOX');
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the bin')).toHaveFocus());
    await user.keyboard('main-a01-r01-l1-b2{Enter}');
    const lpn = testSscc(100);
    expect(await screen.findAllByText(`Handling unit ${lpn} created in MAIN-A01-R01-L1-B2.`)).not.toHaveLength(0);
    const card = screen.getByTestId('hu-card');
    expect(within(card).getByText('Box')).toBeInTheDocument();
    expect(within(card).getByText('Open')).toBeInTheDocument();
    expect(db.handlingUnits.at(-1)).toMatchObject({ lpn, type: 'BOX', status: 'OPEN', location: 'MAIN-A01-R01-L1-B2' });
  });

  it('says "Bin capacity exceeded" for a full bin, and that a unit is not a bin', async () => {
    const { user } = renderWithProviders(<CreateHandlingUnit />);
    await user.keyboard('MAIN-A01-R02-L1-B1{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Bin capacity exceeded');
    await user.keyboard(`${testSscc(1)}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Scan a bin, not a handling unit.');
    expect(db.handlingUnits).toHaveLength(3);
  });
});
