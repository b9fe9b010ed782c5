import { screen, within } from '@testing-library/react';
import { demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

async function navigationLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('reservation screens behind enable_reservation_engine', () => {
  it.each([
    ['manager', demoUsers.manager],
    ['operator', demoUsers.operator],
  ])('hides Reservations and Pick from the %s while the flag is off', async (_name, user) => {
    renderApp('/', { user });
    const links = await navigationLinks();
    expect(links).not.toContain('Reservations');
    expect(links).not.toContain('Pick');
  });

  it.each(['/reservations', '/reservations/new', '/pick'])('refuses %s while the flag is off', async (url) => {
    renderApp(url, { user: demoUsers.manager });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this page.');
  });

  it('shows Reservations and Pick to a manager, only Pick to an operator, none to an accountant, with the flag on', async () => {
    const flags = { enable_reservation_engine: true };
    const view = renderApp('/', { user: demoUsers.manager, flags });
    await vi.waitFor(async () => expect(await navigationLinks()).toEqual(expect.arrayContaining(['Reservations', 'Pick'])));
    view.unmount();

    const operator = renderApp('/', { user: demoUsers.operator, flags });
    await vi.waitFor(async () => expect(await navigationLinks()).toContain('Pick'));
    expect(await navigationLinks()).not.toContain('Reservations');
    operator.unmount();

    renderApp('/', { user: demoUsers.accountant, flags });
    await screen.findByRole('navigation', { name: 'Main' });
    await vi.waitFor(async () => expect(await navigationLinks()).toContain('Operations'));
    expect(await navigationLinks()).not.toContain('Pick');
  });

  it('opens the new reservation form from the board', async () => {
    const { user, router } = renderApp('/reservations', { user: demoUsers.manager, flags: { enable_reservation_engine: true } });
    await user.click(await screen.findByRole('link', { name: 'New reservation' }));
    expect(router.state.location.pathname).toBe('/reservations/new');
    expect(await screen.findByRole('form', { name: 'New reservation' })).toBeInTheDocument();
  });
});
