import { screen } from '@testing-library/react';
import { http } from 'msw';
import { problem } from '@/testing/problems';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from './login-form';

async function signIn(user: ReturnType<typeof renderWithProviders>['user'], username: string, password: string) {
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows the problem title in an alert when the credentials are rejected (401)', async () => {
    const { user } = renderWithProviders(<LoginForm />);
    await signIn(user, 'admin', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password');
  });

  it('shows the rate-limit title (429)', async () => {
    server.use(
      http.post('*/api/v1/auth/login', () => problem(429, 'rate_limited', 'Too many login attempts. Try again later.')),
    );
    const { user } = renderWithProviders(<LoginForm />);
    await signIn(user, 'admin', 'admin-pass');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many login attempts. Try again later.');
  });

  it('shows a network error message when the server cannot be reached', async () => {
    server.use(http.post('*/api/v1/auth/login', () => Response.error()));
    const { user } = renderWithProviders(<LoginForm />);
    await signIn(user, 'admin', 'admin-pass');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
  });

  it('reports the signed-in user on success', async () => {
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await signIn(user, 'manager', 'manager-pass');
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ username: 'manager', roles: ['Manager'] });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
