import type { components, operations } from './schema';

/** Shorthand for the generated component schemas. */
export type Schemas = components['schemas'];

/** The query parameters of a generated operation. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** An action a user may be allowed to do (the union of every capability's permission enum). */
export type Permission = Schemas['Permission'];
