import { get } from '@/api/client';
import type { Schemas } from '@/api/types';

export type Division = Schemas['Division'];
export type DivisionPlace = Schemas['DivisionPlace'];
export type DivisionList = Schemas['DivisionList'];

/** The next level of an address cascader: the provinces, or the divisions under `parent`. */
export function listDivisions(parent?: string): Promise<DivisionList> {
  return get<DivisionList>('/divisions', { parent });
}

/** A division with its ancestors and its place class (for allowances). */
export function getDivision(code: string): Promise<DivisionPlace> {
  return get<DivisionPlace>(`/divisions/${code}`);
}
