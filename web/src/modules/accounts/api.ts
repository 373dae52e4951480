import { get, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type User = Schemas['User'];
export type UserInput = Schemas['UserInput'];
export type UserPage = Schemas['UserPage'];
export type RolesInput = Schemas['RolesInput'];
export type ActiveInput = Schemas['ActiveInput'];
export type IssuedPassword = Schemas['IssuedPassword'];
export type ListUsersQuery = QueryOf<'listUsers'>;

/** One page of login accounts. */
export function listUsers(query: ListUsersQuery, options?: RequestOptions): Promise<UserPage> {
  return get<UserPage>('/users', query, options);
}

/** Creates a login account (the caller grants only what the grant table allows them). */
export function createUser(body: UserInput, options?: RequestOptions): Promise<User> {
  return post<User>('/users', body, options);
}

/** Replaces a user's roles. */
export function setUserRoles(id: number, body: RolesInput, options?: RequestOptions): Promise<User> {
  return put<User>(`/users/${id}/roles`, body, options);
}

/** Disables (its sessions end at once) or enables an account; `version` as last read. */
export function setUserActive(id: number, body: ActiveInput, options?: RequestOptions): Promise<User> {
  return put<User>(`/users/${id}/active`, body, options);
}

/** Gives an account a new random password, returned once (admin); its sessions end. */
export function resetUserPassword(id: number, version: number, options?: RequestOptions): Promise<IssuedPassword> {
  return post<IssuedPassword>(`/users/${id}/password-reset`, { version }, options);
}

/**
 * One account by id. FOLLOW-UP(server): the contract has no `GET /users/{id}` yet, so this pages
 * through the list (a department has a few dozen accounts) until it finds the id.
 */
export async function findUser(id: number, options?: RequestOptions): Promise<User | null> {
  for (let page = 1; page <= 50; page += 1) {
    const result = await listUsers({ page, pageSize: 200 }, options);
    const found = result.items.find((user) => user.id === id);
    if (found) return found;
    if (page * 200 >= result.total) return null;
  }
  return null;
}
