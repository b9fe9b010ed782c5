import { screen, within } from '@testing-library/react';
import { db, demoUsers, testSscc } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { ReceiptAlerts } from './receipt-alerts';

describe('ReceiptAlerts', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('lists stuck and failed receipts and resumes one after a confirmation', async () => {
    const { user } = renderWithProviders(<ReceiptAlerts />);
    const table = await screen.findByRole('table', { name: 'Receipt alerts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('In progress');
    expect(rows[0]).toHaveTextContent('SKU-003 × 4');
    expect(rows[0]).toHaveTextContent('Unit created');
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('Bin MAIN-A01-R02-L1-B2 holds at most 1 handling units.');
    // A failed receipt can only be reversed.
    expect(within(rows[1] as HTMLElement).getByRole('button', { name: `Resume receipt ${testSscc(51)}` })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: `Resume receipt ${testSscc(50)}` }));
    await user.click(screen.getByRole('button', { name: `Confirm resume of receipt ${testSscc(50)}` }));
    expect(await screen.findByText(`Receipt ${testSscc(50)} resumed.`)).toBeInTheDocument();
    await vi.waitFor(() => expect(within(screen.getByRole('table', { name: 'Receipt alerts' })).getAllByRole('row')).toHaveLength(2));
  });

  it('reverses a failed receipt, and says when there is nothing left', async () => {
    db.receiptAlerts = db.receiptAlerts.slice(1);
    const { user } = renderWithProviders(<ReceiptAlerts />);
    await user.click(await screen.findByRole('button', { name: `Reverse receipt ${testSscc(51)}` }));
    await user.click(screen.getByRole('button', { name: `Confirm reverse of receipt ${testSscc(51)}` }));
    expect(await screen.findByText(`Receipt ${testSscc(51)} reversed: its goods went back to SUPPLIER.`)).toBeInTheDocument();
    expect(await screen.findByText('No stuck or failed receipts.')).toBeInTheDocument();
  });

  it('shows the problem title when the receipt cannot be resolved', async () => {
    const { user } = renderWithProviders(<ReceiptAlerts />);
    const reverse = await screen.findByRole('button', { name: `Reverse receipt ${testSscc(50)}` });
    // Another manager resolved it meanwhile.
    db.receiptAlerts = [];
    await user.click(reverse);
    await user.click(screen.getByRole('button', { name: `Confirm reverse of receipt ${testSscc(50)}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Receipt not found');
  });
});
