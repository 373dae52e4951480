import { http } from '@/api/client';
import type { Answer, Transport } from './outbox';

/** How long one send may take before it counts as unanswered (and goes again later). */
export const SEND_TIMEOUT_MS = 20_000;

/** The session the sends go with: its CSRF token, and how to ask the server for it again. */
export interface SendSession {
  token: () => string | null;
  /** Asks the server for the session again (GET /auth/me); never throws. */
  refresh: () => Promise<void>;
}

/**
 * The outbox's transport over the app's HTTP client (its CSRF header included): any status is an
 * answer, only a missing answer rejects. No global error message and no login redirect: the sync
 * bar says what happened. After a start offline the page has no CSRF token yet (it is kept in
 * memory only): the session is read first, and a 403 sent with a token the server has since
 * replaced is sent once more with the new one.
 */
export function httpTransport(session: SendSession, timeout = SEND_TIMEOUT_MS): Transport {
  const send = async (url: string, body: unknown): Promise<Answer> => {
    const response = await http.post<unknown>(url, body, {
      silent: true,
      skipAuthRedirect: true,
      timeout,
      validateStatus: () => true,
    });
    return { status: response.status, body: response.data };
  };
  return async (entry) => {
    if (!session.token()) await session.refresh();
    const used = session.token();
    const answer = await send(entry.url, entry.body);
    if (answer.status !== 403) return answer;
    await session.refresh();
    const now = session.token();
    return now && now !== used ? send(entry.url, entry.body) : answer;
  };
}
