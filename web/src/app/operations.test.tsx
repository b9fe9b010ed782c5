import { screen } from '@testing-library/react';
import { demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('Operations page', () => {
  it.each([
    ['administrator', demoUsers.admin, true, true],
    ['manager', demoUsers.manager, true, false],
    ['accountant', demoUsers.accountant, false, false],
  ])('shows the %s what the role may do', async (_name, user, canRun, seesProjections) => {
    renderApp('/operations', { user });
    expect(await screen.findByRole('heading', { name: 'Operations', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Consistency checks' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run check now' }) !== null).toBe(canRun);
    if (seesProjections) expect(await screen.findByRole('table', { name: 'Projections' })).toBeInTheDocument();
    else expect(screen.queryByRole('heading', { name: 'Projections' })).not.toBeInTheDocument();
  });
});
