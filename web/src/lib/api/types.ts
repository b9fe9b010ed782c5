import type { paths } from './schema';

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body a path and method answer with on the given status. */
export type ResponseBody<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number,
> = Operation<P, M> extends { responses: infer Responses }
  ? S extends keyof Responses
    ? JsonOf<Responses[S]>
    : never
  : never;

/** The JSON request body of a path and method. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = Operation<P, M> extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
  : never;
