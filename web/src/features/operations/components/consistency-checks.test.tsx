import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { ConsistencyChecks } from './consistency-checks';

/** The table's own rows (a failed check's row holds a findings table of its own). */
const checkRows = (table: HTMLElement) => Array.from(table.querySelectorAll<HTMLElement>(':scope > tbody > tr'));

describe('ConsistencyChecks', () => {
  it('lists the checks newest first with pass / fail badges and the findings of a failed one', async () => {
    db.currentUser = demoUsers.accountant;
    const { user } = renderWithProviders(<ConsistencyChecks canRun={false} />);
    const table = await screen.findByRole('table', { name: 'Consistency checks' });
    const rows = checkRows(table);
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByTestId('check-result')).toHaveTextContent('Failed');
    expect(within(rows[1] as HTMLElement).getByTestId('check-result')).toHaveTextContent('Passed');
    expect(screen.queryByRole('button', { name: 'Run check now' })).not.toBeInTheDocument();

    await user.click(within(rows[0] as HTMLElement).getByText('Show findings (1)'));
    const findings = within(rows[0] as HTMLElement).getByRole('table');
    expect(within(findings).getByText('balances_equal_ledger')).toBeInTheDocument();
    expect(within(findings).getByText(/balance 12.5, ledger 12.625/)).toBeInTheDocument();
  });

  it('runs a check now with a command id and shows the new result on top', async () => {
    db.currentUser = demoUsers.manager;
    const bodies: Record<string, unknown>[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/api/v1/consistency-checks')) {
        void request.clone().json().then((body) => bodies.push(body as Record<string, unknown>));
      }
    });
    const { user } = renderWithProviders(<ConsistencyChecks canRun />);
    await screen.findByRole('table', { name: 'Consistency checks' });
    await user.click(screen.getByRole('button', { name: 'Run check now' }));

    expect(await screen.findByText('Check passed: 3 movements checked.')).toBeInTheDocument();
    const rows = checkRows(screen.getByRole('table', { name: 'Consistency checks' }));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('on demand by manager');
    expect(within(rows[0] as HTMLElement).getByTestId('check-result')).toHaveTextContent('Passed');
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    server.events.removeAllListeners();
  });

  it('shows the findings of a run that failed', async () => {
    db.currentUser = demoUsers.admin;
    db.nextCheckFindings = [{ check: 'no_negative_physical', severity: 'error', detail: 'MAIN-A01-R01-L1-B1 / SKU-009 is -2' }];
    const { user } = renderWithProviders(<ConsistencyChecks canRun />);
    await screen.findByRole('table', { name: 'Consistency checks' });
    await user.click(screen.getByRole('button', { name: 'Run check now' }));
    expect(await screen.findByText('Check failed. Findings: 1.')).toBeInTheDocument();
    const latest = screen.getByTestId('latest-check');
    expect(within(latest).getByText('no_negative_physical')).toBeInTheDocument();
    expect(within(latest).getByText('MAIN-A01-R01-L1-B1 / SKU-009 is -2')).toBeInTheDocument();
  });

  it('shows the problem when the run is refused', async () => {
    db.currentUser = demoUsers.manager;
    server.use(
      http.post('*/api/v1/consistency-checks', () =>
        HttpResponse.json(
          { title: 'A check is already running', status: 409, code: 'ledger.check_running' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithProviders(<ConsistencyChecks canRun />);
    await screen.findByRole('table', { name: 'Consistency checks' });
    await user.click(screen.getByRole('button', { name: 'Run check now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A check is already running');
  });
});
