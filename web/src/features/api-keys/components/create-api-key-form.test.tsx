import { screen, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateApiKeyForm } from './create-api-key-form';

describe('CreateApiKeyForm', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.admin;
  });

  it('shows the secret once in a dialog with a copy button and a warning', async () => {
    const { user } = renderWithProviders(<CreateApiKeyForm />);
    await user.type(screen.getByLabelText('Name'), 'Scanner gateway');
    await user.click(screen.getByRole('checkbox', { name: 'Operator' }));
    await user.click(screen.getByRole('button', { name: 'Create API key' }));

    const dialog = await screen.findByRole('dialog', { name: 'API key Scanner gateway created' });
    expect(within(dialog).getByLabelText('Secret')).toHaveValue('lkv_cd34.s3cr3t-v4lue-shown-once');
    expect(dialog).toHaveTextContent('It will not be shown again.');

    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    expect(await within(dialog).findByText('Copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('lkv_cd34.s3cr3t-v4lue-shown-once');

    // Escape does not dismiss an unseen secret by accident; the explicit button does.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText('lkv_cd34.s3cr3t-v4lue-shown-once')).not.toBeInTheDocument();
    expect(db.apiKeys.at(-1)).toMatchObject({ name: 'Scanner gateway', roles: ['Operator'] });
  });

  it('shows the field error for a missing name', async () => {
    const { user } = renderWithProviders(<CreateApiKeyForm />);
    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Validation failed');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name is required.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
