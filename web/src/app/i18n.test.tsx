import { screen, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { demoUsers } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('language switcher', () => {
  it('switches the visible text to Lithuanian and remembers the choice', async () => {
    const { user } = renderApp('/', { user: demoUsers.admin });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Items' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), 'lt');

    const navLt = await screen.findByRole('navigation', { name: 'Pagrindinis meniu' });
    expect(within(navLt).getByRole('link', { name: 'Prekės' })).toBeInTheDocument();
    expect(within(navLt).getByRole('link', { name: 'Naudotojai' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Atsijungti' })).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Administratorius');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('lt');
    expect(document.documentElement.lang).toBe('lt');
  });

  it('offers the switch on the login page and translates known problem codes', async () => {
    const { user } = renderApp('/login');
    await user.selectOptions(await screen.findByLabelText('Language'), 'lt');
    await user.type(screen.getByLabelText('Naudotojo vardas'), 'admin');
    await user.type(screen.getByLabelText('Slaptažodis'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Prisijungti' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Neteisingas naudotojo vardas arba slaptažodis');
  });
});
