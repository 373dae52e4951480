import type { components, operations } from './schema';

/** Shorthand for the generated component schemas. */
export type Schemas = components['schemas'];

/** The query parameters of a generated operation. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;
