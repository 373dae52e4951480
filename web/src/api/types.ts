import type { components, operations } from './schema';

/** Shorthand for the generated component schemas. */
export type Schemas = components['schemas'];

/** The query parameters of a generated operation. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** An action a user may be allowed to do (the union of every capability's permission enum). */
export type Permission = Schemas['Permission'];

/**
 * The `sort` values a list operation accepts: `never` while its contract has no `sort` parameter.
 * FOLLOW-UP(sort): the server is adding `sort` (`name`, `-name`, `hireDate`, `-hireDate` …) to the
 * list endpoints; once the contract has it, each list's `*_SORTS` constant lists these values.
 */
export type SortOf<K extends keyof operations> = QueryOf<K> extends { sort?: infer S } ? NonNullable<S> : never;
