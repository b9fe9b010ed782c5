import { ApiError, fieldErrorsFor, NetworkError, unmatchedFieldErrors, unwrap } from './problem';

describe('fieldErrorsFor', () => {
  const problem = {
    title: 'One or more validation errors occurred.',
    errors: { Name: ['Name is required.'], 'request.UnitOfMeasure': ['Unknown unit.'], code: ['Too long.'] },
  };

  it('matches server field names case-insensitively and ignores prefixes', () => {
    expect(fieldErrorsFor(problem, 'name')).toEqual(['Name is required.']);
    expect(fieldErrorsFor(problem, 'unitOfMeasure')).toEqual(['Unknown unit.']);
    expect(fieldErrorsFor(problem, 'code')).toEqual(['Too long.']);
    expect(fieldErrorsFor(problem, 'other')).toEqual([]);
    expect(fieldErrorsFor(undefined, 'name')).toEqual([]);
  });

  it('lists errors for fields the form does not have', () => {
    expect(unmatchedFieldErrors(problem, ['name', 'code'])).toEqual(['Unknown unit.']);
  });
});

describe('unwrap', () => {
  const response = (status: number) => new Response(null, { status });

  it('returns the data of a success', async () => {
    await expect(unwrap(Promise.resolve({ data: { a: 1 }, response: response(200) }))).resolves.toEqual({ a: 1 });
  });

  it('throws ApiError with the problem of a failure', async () => {
    const error: unknown = await unwrap(
      Promise.resolve({ error: { title: 'Nope', status: 409, code: 'x.y' }, response: response(409) }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, problem: { title: 'Nope', code: 'x.y' } });
  });

  it('throws NetworkError when no answer came', async () => {
    await expect(unwrap(Promise.reject(new TypeError('Failed to fetch')))).rejects.toBeInstanceOf(NetworkError);
  });
});
