import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, testUnits } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp, renderWithProviders } from '@/testing/test-utils';
import { HandlingUnitLabelPanel, readableSscc } from './handling-unit-label';

describe('HandlingUnitLabelPanel', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  it('formats an SSCC as the label prints it', () => {
    expect(readableSscc('006141411234567890')).toBe('(00) 0 0614141 123456789 0');
  });

  it("previews a sealed unit's label: SSCC, type, bin, lines and ZPL", async () => {
    const { user } = renderWithProviders(<HandlingUnitLabelPanel lpn={testUnits.sealed} />);
    await user.click(screen.getByRole('button', { name: 'Preview label' }));
    const preview = await screen.findByTestId('label-preview');
    expect(preview).toHaveTextContent(readableSscc(testUnits.sealed));
    expect(preview).toHaveTextContent('Box · MAIN-A01-R01-L1-B1');
    expect(within(preview).getByRole('table', { name: 'Label lines' })).toHaveTextContent('SKU-001Item 13 EA');
    expect(screen.getByTestId('hu-label-zpl')).toHaveTextContent(`>800${testUnits.sealed}`);
  });

  it("the preview says the unit's best-before date when it has one", async () => {
    const unit = db.handlingUnits.find((candidate) => candidate.lpn === testUnits.sealed);
    if (unit) unit.expiresOn = '2026-10-31';
    const { user } = renderWithProviders(<HandlingUnitLabelPanel lpn={testUnits.sealed} />);
    await user.click(screen.getByRole('button', { name: 'Preview label' }));
    expect(await screen.findByTestId('label-preview')).toHaveTextContent('best before 31 Oct 2026');
  });

  it('reprints the label with a new command id each time', async () => {
    const ids: unknown[] = [];
    server.use(
      http.post('*/api/v1/handling-units/:lpn/reprint', async ({ request }) => {
        ids.push(((await request.clone().json()) as Record<string, unknown>).commandId);
      }),
    );
    const { user } = renderWithProviders(<HandlingUnitLabelPanel lpn={testUnits.sealed} />);
    await user.click(screen.getByRole('button', { name: 'Reprint label' }));
    expect(await screen.findByText('Label sent to the printer (queued).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reprint label' }));
    await vi.waitFor(() => expect(ids).toHaveLength(2));
    expect(ids[1]).not.toBe(ids[0]);
    expect(db.printJobs.filter((job) => job.sscc === testUnits.sealed)).toHaveLength(3);
  });

  it('shows the problem title when the reprint is refused, in Lithuanian too', async () => {
    server.use(
      http.post('*/api/v1/handling-units/:lpn/reprint', () =>
        HttpResponse.json(
          { title: 'Only sealed units have a label', status: 422, code: 'hu.not_sealed' },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithProviders(<HandlingUnitLabelPanel lpn={testUnits.sealed} />);
    await user.click(screen.getByRole('button', { name: 'Reprint label' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only sealed units have a label');
    await act(() => i18n.changeLanguage('lt'));
    expect(screen.getByRole('alert')).toHaveTextContent('Etiketę turi tik užplombuoti vienetai');
  });

  it('is offered on the details of a sealed unit only, and a reprint shows up in its labels', async () => {
    const { user } = renderApp(`/hu/units/${testUnits.sealed}`, { user: demoUsers.operator });
    await screen.findByTestId('hu-card');
    const labels = await screen.findByRole('table', { name: 'Labels' });
    expect(within(labels).getAllByRole('row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Reprint label' }));
    await screen.findByText('Label sent to the printer (queued).');
    await vi.waitFor(() => expect(within(screen.getByRole('table', { name: 'Labels' })).getAllByRole('row')).toHaveLength(3));
    await vi.waitFor(() => expect(screen.getByLabelText('Scan the handling unit')).toHaveFocus());

    await user.keyboard(`${testUnits.open}{Enter}`);
    await vi.waitFor(() => expect(screen.getByTestId('hu-card')).toHaveTextContent(testUnits.open));
    expect(screen.queryByRole('button', { name: 'Reprint label' })).not.toBeInTheDocument();
  });
});
