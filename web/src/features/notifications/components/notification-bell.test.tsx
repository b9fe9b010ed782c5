import { act, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { db, demoUsers, reservationId, type StoredNotification } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

const ON = { enable_reservation_engine: true };

/** Another unread bump for the manager, as the server would store it. */
function storedBump(id: number, reference: string, subject = reservationId(2)): StoredNotification {
  return {
    id,
    recipient: 'manager',
    kind: 'ReservationBumped',
    title: 'Reservation bumped',
    body: `SALES_ORDER ${reference} (priority 3): Bumped by PRODUCTION_ORDER PO-900 (priority 9)`,
    subject,
    createdAt: new Date().toISOString(),
    readAt: null,
  };
}

const bell = (unread: number) => screen.findByRole('button', { name: `Notifications: ${String(unread)} unread` });

async function openPanel(user: ReturnType<typeof renderApp>['user'], unread: number) {
  await user.click(await bell(unread));
  return screen.findByRole('region', { name: 'Notifications' });
}

describe('notification bell', () => {
  it('shows the unread count and lists the newest first; Escape closes the panel and gives the focus back', async () => {
    const { user } = renderApp('/', { user: demoUsers.manager });
    const button = await bell(1);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(button).getByTestId('notification-count')).toHaveTextContent('1');

    const panel = await openPanel(user, 1);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(panel).toHaveFocus());
    const items = within(panel).getAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[0]).toHaveTextContent('Unread: Reservation bumped');
    expect(items[0]).toHaveTextContent('PRODUCTION_ORDER PO-300 (priority 5): Bumped by PRODUCTION_ORDER PO-100 (priority 8)');
    expect(items[1]).toHaveAttribute('data-unread', 'false');
    expect(items[1]).toHaveTextContent('SALES_ORDER SO-400');
    expect(within(items[0] as HTMLElement).getByRole('time')).toHaveAttribute('dateTime', '2026-01-20T02:30:01Z');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the bumped reservation from its notification and marks it read', async () => {
    const { user, router } = renderApp('/', { user: demoUsers.manager, flags: ON });
    const panel = await openPanel(user, 1);
    await user.click(within(panel).getByRole('link', { name: /PO-300/ }));

    expect(router.state.location.pathname).toBe(`/reservations/${reservationId(3)}`);
    expect(await screen.findByTestId('reservation-detail')).toBeInTheDocument();
    expect(await bell(0)).not.toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
    expect(db.notifications.find((notification) => notification.id === 2)?.readAt).toBeTruthy();
  });

  it('marks all read', async () => {
    db.notifications.push(storedBump(3, 'SO-201'));
    const { user } = renderApp('/', { user: demoUsers.manager });
    const panel = await openPanel(user, 2);
    const markAll = within(panel).getByRole('button', { name: 'Mark all read' });
    await user.click(markAll);

    await bell(0);
    expect(within(panel).getAllByTestId('notification').every((item) => item.dataset.unread === 'false')).toBe(true);
    expect(markAll).toBeDisabled();
    expect(db.notifications.every((notification) => notification.readAt)).toBe(true);
  });

  it('adds a notification pushed live, announces it and lists it', async () => {
    const { user, live } = renderApp('/', { user: demoUsers.manager, flags: ON });
    await bell(1);
    act(() => live.current?.setState('live'));

    const pushed = storedBump(5, 'SO-205');
    db.notifications.push(pushed);
    act(() => live.current?.pushNotification(pushed));

    expect(await bell(2)).toBeInTheDocument();
    expect(screen.getByTestId('notification-toast')).toHaveTextContent(
      'Reservation bumped: SALES_ORDER SO-205 (priority 3): Bumped by PRODUCTION_ORDER PO-900 (priority 9)',
    );
    expect(screen.getByTestId('notification-toast')).toHaveAttribute('role', 'status');

    const panel = await openPanel(user, 2);
    const first = within(panel).getAllByTestId('notification')[0] as HTMLElement;
    expect(first).toHaveTextContent('SO-205');
    expect(first).toHaveTextContent('now');

    await user.click(screen.getByRole('button', { name: 'Dismiss the message' }));
    expect(screen.getByTestId('notification-toast')).toBeEmptyDOMElement();
  });

  it('speaks Lithuanian', async () => {
    const { user, live } = renderApp('/', { user: demoUsers.manager });
    await bell(1);
    await user.selectOptions(screen.getByLabelText('Language'), 'lt');
    expect(await screen.findByRole('button', { name: 'Pranešimai: neperskaitytų 1' })).toBeInTheDocument();
    act(() => live.current?.pushNotification({ id: 7, body: 'SALES_ORDER SO-207 (priority 3): bumped' }));
    expect(screen.getByTestId('notification-toast')).toHaveTextContent('Rezervacija išstumta: SALES_ORDER SO-207 (priority 3): bumped');
    await user.click(screen.getByRole('button', { name: /Pranešimai/ }));
    const panel = await screen.findByRole('region', { name: 'Pranešimai' });
    expect(within(panel).getByRole('button', { name: 'Pažymėti visus kaip perskaitytus' })).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('still loads without the live channel: asks again when the panel opens and when the channel comes back', async () => {
    const { user, live } = renderApp('/', { user: demoUsers.manager });
    await bell(1);
    act(() => live.current?.setState('offline'));

    // Stored while the hub was out of reach: no push comes.
    db.notifications.push(storedBump(8, 'SO-208'));
    const panel = await openPanel(user, 1);
    await waitFor(() => expect(within(panel).getAllByTestId('notification')).toHaveLength(3));
    expect(await bell(2)).toBeInTheDocument();
    await user.keyboard('{Escape}');

    db.notifications.push(storedBump(9, 'SO-209'));
    act(() => live.current?.setState('reconnecting'));
    act(() => live.current?.setState('live', true));
    expect(await bell(3)).toBeInTheDocument();
  });
});
