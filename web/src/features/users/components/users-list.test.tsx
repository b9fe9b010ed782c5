import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { problem } from '@/testing/problems';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { UsersList } from './users-list';

describe('UsersList', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.admin;
  });

  it('shows the business-rule title when the last administrator would lose the role (422)', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.put('*/api/v1/users/:id', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(422, 'users.last_administrator', 'Cannot remove the last active administrator');
      }),
    );
    const { user } = renderWithProviders(<UsersList />);
    await user.click(await screen.findByRole('button', { name: 'Edit: admin' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit admin' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Manager' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot remove the last active administrator');
    expect(body).toMatchObject({ displayName: 'Adomas Admin', roles: ['Manager'], isActive: true });
    expect(body?.commandId).toEqual(expect.any(String));
  });

  it('resets a password and confirms it', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('*/api/v1/users/:id/password', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithProviders(<UsersList />);
    await user.click(await screen.findByRole('button', { name: 'Reset password: operator' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('New password'), 'new-operator-pass');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The password of operator was reset.');
    expect(body).toMatchObject({ newPassword: 'new-operator-pass' });
  });
});
