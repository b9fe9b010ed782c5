import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateItemForm } from './create-item-form';

describe('CreateItemForm', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('shows field errors of a 400 problem next to the matching fields', async () => {
    const { user } = renderWithProviders(<CreateItemForm />);
    await user.type(screen.getByLabelText('Code'), 'SKU-900');
    await user.click(screen.getByRole('button', { name: 'Create item' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('One or more validation errors occurred.');
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name is required.');
    // The error sits in the field's own block, not only in the alert.
    const nameField = name.closest('.field');
    expect(nameField).not.toBeNull();
    expect(within(nameField as HTMLElement).getByText('Name is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Code')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the conflict title when the code is taken (409)', async () => {
    const { user } = renderWithProviders(<CreateItemForm />);
    await user.type(screen.getByLabelText('Code'), 'SKU-001');
    await user.type(screen.getByLabelText('Name'), 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Create item' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('SKU code SKU-001 is already taken');
  });

  it('sends a fresh commandId with each created item', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/skus', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        return HttpResponse.json({ ...body, createdAt: '2026-02-01T12:00:00Z' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<CreateItemForm />);
    for (const code of ['SKU-901', 'SKU-902']) {
      await user.type(screen.getByLabelText('Code'), code);
      await user.type(screen.getByLabelText('Name'), `Item ${code}`);
      await user.click(screen.getByRole('button', { name: 'Create item' }));
      expect(await screen.findByText(`Item ${code} created.`)).toBeInTheDocument();
    }
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({ code: 'SKU-901', name: 'Item SKU-901', unitOfMeasure: 'PCS' });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodies[1]?.commandId).not.toBe(bodies[0]?.commandId);
  });
});

describe('CreateItemForm after a network error', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('retries the same submission with the same commandId', async () => {
    const ids: unknown[] = [];
    let attempts = 0;
    server.use(
      http.post('*/api/v1/skus', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        ids.push(body.commandId);
        attempts += 1;
        if (attempts === 1) return HttpResponse.error();
        return HttpResponse.json({ ...body, createdAt: '2026-02-01T12:00:00Z' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<CreateItemForm />);
    await user.type(screen.getByLabelText('Code'), 'SKU-950');
    await user.type(screen.getByLabelText('Name'), 'Shrink wrap');
    await user.click(screen.getByRole('button', { name: 'Create item' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Create item' }));
    expect(await screen.findByText('Item SKU-950 created.')).toBeInTheDocument();
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });
});
