import { http, HttpResponse } from 'msw';
import { db } from './data';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;

function requireRole(...roles: string[]) {
  if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
  return roles.length === 0 || db.currentUser.roles?.some((role) => roles.includes(role)) ? undefined : problem(403, 'auth.forbidden', 'Forbidden');
}

const notFound = () => problem(404, 'printing.print_job_not_found', 'Print job not found');

/** Label print jobs: the manual queue and the ZPL of a label. */
export const printJobHandlers = [
  http.get(api('/print-jobs'), ({ request }) => {
    const denied = requireRole();
    if (denied) return denied;
    const url = new URL(request.url);
    const unit = url.searchParams.get('handlingUnitId');
    const state = url.searchParams.get('state');
    const items = db.printJobs.filter((job) => (!unit || job.handlingUnitId === unit) && (!state || job.state === state));
    return HttpResponse.json({ items, total: items.length, page: 1, pageSize: 20 });
  }),
  http.get(api('/print-jobs/:id/label'), ({ params }) => {
    const denied = requireRole();
    if (denied) return denied;
    const job = db.printJobs.find((candidate) => candidate.id === params.id);
    if (!job) return notFound();
    return HttpResponse.json({ id: job.id, sscc: job.sscc, zpl: `^XA^FO50,50^BCN,200,Y,N,N^FD>;>800${job.sscc ?? ''}^FS^XZ` });
  }),
  http.post(api('/print-jobs/:id/retry'), ({ params }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const job = db.printJobs.find((candidate) => candidate.id === params.id);
    if (!job) return notFound();
    if (job.state === 'printed') return problem(422, 'printing.print_job_already_printed', 'The label has already been printed');
    Object.assign(job, { attempts: (job.attempts ?? 0) + 1, state: 'printed', printedAt: '2026-02-01T12:00:00Z', lastError: null });
    return HttpResponse.json(job);
  }),
  http.post(api('/print-jobs/:id/printed'), ({ params }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const job = db.printJobs.find((candidate) => candidate.id === params.id);
    if (!job) return notFound();
    if (job.state === 'printed') return problem(422, 'printing.print_job_already_printed', 'The label has already been printed');
    Object.assign(job, { state: 'printed', printedAt: '2026-02-01T12:00:00Z' });
    return HttpResponse.json(job);
  }),
];
