import type { RemoteOption } from '@/components/remote-select';
import { findUser, listUsers, type User } from './api';

function optionOf(user: User): RemoteOption {
  return { value: user.id, label: user.displayName, hint: user.username };
}

/** Accounts matching a search (name or login name), as choices of a user picker. */
export async function searchUserOptions(query: string): Promise<RemoteOption[]> {
  const page = await listUsers({ q: query || undefined, page: 1, pageSize: 50 }, { silent: true });
  return page.items.map(optionOf);
}

/** The choice for an account id (to show a name for an id read from the URL). */
export async function resolveUserOption(id: number): Promise<RemoteOption | null> {
  const user = await findUser(id, { silent: true });
  return user ? optionOf(user) : null;
}

/**
 * Names of all accounts by id (a department has a few dozen), for pages that show who did
 * something while the server sends only the login name.
 */
export async function userNames(): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (let page = 1; page <= 20; page += 1) {
    const result = await listUsers({ page, pageSize: 200 }, { silent: true });
    for (const user of result.items) names.set(user.id, user.displayName);
    if (page * 200 >= result.total) break;
  }
  return names;
}
