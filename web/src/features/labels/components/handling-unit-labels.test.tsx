import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db, demoUsers, testSscc } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { HandlingUnitLabels } from './handling-unit-labels';

const SEALED_UNIT = '40000000-0000-4000-8000-000000000002';

describe('HandlingUnitLabels', () => {
  it("lists the unit's label jobs and previews a label's ZPL", async () => {
    db.currentUser = demoUsers.operator;
    const { user } = renderWithProviders(<HandlingUnitLabels handlingUnitId={SEALED_UNIT} canManage={false} />);
    const table = await screen.findByRole('table', { name: 'Labels' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveTextContent('DOCK-1');
    expect(row).toHaveTextContent('Manual print queue');
    expect(row).toHaveTextContent('No answer from DOCK-1 within 5 s');
    // An operator cannot touch the manual queue.
    expect(within(row).queryByRole('button', { name: 'Print again' })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Show label' }));
    expect(await screen.findByTestId('label-zpl')).toHaveTextContent(`^FD>;>800${testSscc(2)}^FS`);
    await user.click(within(row).getByRole('button', { name: 'Hide label' }));
    expect(screen.queryByTestId('label-zpl')).not.toBeInTheDocument();
  });

  it('lets a manager send a label to the printer again', async () => {
    db.currentUser = demoUsers.manager;
    const { user } = renderWithProviders(<HandlingUnitLabels handlingUnitId={SEALED_UNIT} canManage />);
    await user.click(await screen.findByRole('button', { name: 'Print again' }));
    expect(await screen.findByText('Sent to the printer again: Printed.')).toBeInTheDocument();
    expect(await screen.findByText('Printed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print again' })).not.toBeInTheDocument();

  });

  it('shows the problem title when marking a label printed is refused', async () => {
    db.currentUser = demoUsers.manager;
    server.use(
      http.post('*/api/v1/print-jobs/:id/printed', () =>
        HttpResponse.json(
          { title: 'The label has already been printed', status: 422, code: 'printing.print_job_already_printed' },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithProviders(<HandlingUnitLabels handlingUnitId={SEALED_UNIT} canManage />);
    await user.click(await screen.findByRole('button', { name: 'Printed by hand' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The label has already been printed');
  });

  it('says when no label was queued', async () => {
    db.currentUser = demoUsers.operator;
    renderWithProviders(<HandlingUnitLabels handlingUnitId="40000000-0000-4000-8000-000000000001" canManage={false} />);
    expect(await screen.findByText('No label has been queued for this unit.')).toBeInTheDocument();
  });
});
