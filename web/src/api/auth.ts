import { get, post } from './client';
import type { Schemas } from './types';

export type Me = Schemas['Me'];
export type LoginRequest = Schemas['LoginRequest'];
export type Role = Schemas['Role'];
export type PasswordChange = Schemas['PasswordChange'];

/** Logs in; the server sets the HttpOnly session cookie and returns the user with its CSRF token. */
export function login(body: LoginRequest): Promise<Me> {
  return post<Me>('/auth/login', body, { silent: true, skipAuthRedirect: true });
}

/** Ends the current session. */
export function logout(): Promise<void> {
  return post<void>('/auth/logout', undefined, { silent: true, skipAuthRedirect: true });
}

/** The logged-in user (401 when there is no session). */
export function getMe(): Promise<Me> {
  return get<Me>('/auth/me', undefined, { silent: true, skipAuthRedirect: true });
}

/** Changes one's own password (the current one is checked); one's other sessions end. */
export function changeOwnPassword(body: PasswordChange): Promise<void> {
  return post<void>('/auth/password', body, { silent: true });
}
