import { http, HttpResponse } from 'msw';
import { db } from './data';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;
const NOW = '2026-02-01T12:00:00Z';

function mine() {
  const name = db.currentUser?.username ?? '';
  return db.notifications.filter((notification) => notification.recipient === name).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
}

/** The signed-in person's notifications: list (newest first, with the unread count) and mark read. */
export const notificationHandlers = [
  http.get(api('/notifications'), ({ request }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const url = new URL(request.url);
    const count = Number(url.searchParams.get('count') ?? '50');
    if (!(count >= 1 && count <= 500)) {
      return problem(400, 'validation_failed', 'One or more validation errors occurred.', { Count: ['Count must be between 1 and 500'] });
    }
    const unreadOnly = url.searchParams.get('unreadOnly') === 'true';
    const all = mine();
    const items = (unreadOnly ? all.filter((notification) => !notification.readAt) : all)
      .slice(0, count)
      .map(({ recipient: _recipient, ...notification }) => notification);
    return HttpResponse.json({ items, unread: all.filter((notification) => !notification.readAt).length });
  }),
  http.post(api('/notifications/read'), async ({ request }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const body = (await request.json()) as { commandId?: string; ids?: number[] | null };
    if (!body.commandId) return problem(400, 'validation_failed', 'One or more validation errors occurred.', { CommandId: ['A command id is required'] });
    const chosen = mine().filter((notification) => !notification.readAt && (!body.ids || body.ids.includes(notification.id ?? -1)));
    for (const notification of chosen) notification.readAt = NOW;
    return HttpResponse.json(chosen.length);
  }),
];
