import { get, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type User = Schemas['User'];
export type UserInput = Schemas['UserInput'];
export type UserPage = Schemas['UserPage'];
export type RolesInput = Schemas['RolesInput'];
export type ListUsersQuery = QueryOf<'listUsers'>;

/** One page of login accounts. */
export function listUsers(query: ListUsersQuery): Promise<UserPage> {
  return get<UserPage>('/users', query);
}

/** Creates a login account (the caller can only grant roles they hold). */
export function createUser(body: UserInput, options?: RequestOptions): Promise<User> {
  return post<User>('/users', body, options);
}

/** Replaces a user's roles. */
export function setUserRoles(id: number, body: RolesInput, options?: RequestOptions): Promise<User> {
  return put<User>(`/users/${id}/roles`, body, options);
}
