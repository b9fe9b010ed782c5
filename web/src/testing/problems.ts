import { HttpResponse } from 'msw';

export function problem(
  status: number,
  code: string,
  title: string,
  errors?: Record<string, string[]>,
  detail?: string,
): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json(
    {
      type: `https://lkvitai.example/problems/${code}`,
      title,
      status,
      code,
      traceId: '00-test-00',
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
