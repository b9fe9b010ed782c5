/** RFC 7807 problem details as the API returns them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  code?: string;
  traceId?: string;
  errors?: Record<string, string[]> | null;
}

/** A problem answered by the server (it reached us, so retrying is a new submission). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.title ?? `HTTP ${String(status)}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The request never got an answer: the same submission may be retried with the same command id. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === 'string' || typeof candidate.status === 'number' || typeof candidate.code === 'string';
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Unwraps an openapi-fetch result: returns the data of a success, throws
 * ApiError for a problem answer and NetworkError when no answer came.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    const problem: ProblemDetails = isProblemDetails(error)
      ? error
      : { status: response.status, title: response.statusText || undefined };
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

function normaliseField(name: string): string {
  // Servers name fields "Name", "name", "request.name" or "Items[0].Name".
  const last = name.split('.').pop() ?? name;
  return last.replace(/\[\d+\]/g, '').toLowerCase();
}

/** Field errors from a 400 problem, matched to a form field by name (case-insensitive). */
export function fieldErrorsFor(problem: ProblemDetails | undefined, field: string): string[] {
  const errors = problem?.errors;
  if (!errors) return [];
  const wanted = normaliseField(field);
  return Object.entries(errors)
    .filter(([key]) => normaliseField(key) === wanted)
    .flatMap(([, messages]) => messages);
}

/** Field errors whose field is not among `knownFields` (shown with the form-level message). */
export function unmatchedFieldErrors(problem: ProblemDetails | undefined, knownFields: readonly string[]): string[] {
  const errors = problem?.errors;
  if (!errors) return [];
  const known = new Set(knownFields.map(normaliseField));
  return Object.entries(errors)
    .filter(([key]) => !known.has(normaliseField(key)))
    .flatMap(([, messages]) => messages);
}
