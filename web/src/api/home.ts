import { get, type RequestOptions } from './client';
import type { Schemas } from './types';

export type Home = Schemas['Home'];
export type HomeItem = Home['items'][number];

/** What the logged-in user must look at today, from every module they may use (any session). */
export function getHome(options?: RequestOptions): Promise<Home> {
  return get<Home>('/home', undefined, options);
}
