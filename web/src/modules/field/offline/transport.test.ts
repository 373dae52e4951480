import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureClient, http } from '@/api/client';
import type { OutboxEntry } from './db';
import { httpTransport } from './transport';

let mock: MockAdapter;
let token: string | null;

beforeEach(() => {
  mock = new MockAdapter(http);
  token = 'first';
  configureClient({ getCsrfToken: () => token });
});
afterEach(() => mock.restore());

const entry = { id: 'x', url: '/field/records', body: { id: 'x' } } as OutboxEntry;
const forbidden = { error: { code: 'PERMISSION_DENIED', message: 'missing or wrong CSRF token', violations: [] } };

describe('the outbox transport', () => {
  it('answers any status with its body and rejects only without an answer', async () => {
    const send = httpTransport({ token: () => token, refresh: async () => undefined });
    mock.onPost('/field/records').replyOnce(409, { error: { code: 'ALREADY_EXISTS' } });
    expect(await send(entry)).toEqual({ status: 409, body: { error: { code: 'ALREADY_EXISTS' } } });
    mock.onPost('/field/records').networkErrorOnce();
    await expect(send(entry)).rejects.toThrow();
    mock.onPost('/field/records').timeoutOnce();
    await expect(send(entry)).rejects.toThrow();
  });

  it('reads the session first when the page has no CSRF token (a start offline)', async () => {
    token = null;
    const refresh = vi.fn(async () => {
      token = 'fresh';
    });
    mock.onPost('/field/records').reply((config) => [config.headers?.['X-CSRF-Token'] === 'fresh' ? 201 : 403, {}]);
    expect((await httpTransport({ token: () => token, refresh })(entry)).status).toBe(201);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('sends a 403 once more when the server has given the session a new token meanwhile', async () => {
    const refresh = vi.fn(async () => {
      token = 'second';
    });
    mock
      .onPost('/field/records')
      .reply((config) => [config.headers?.['X-CSRF-Token'] === 'second' ? 201 : 403, forbidden]);
    expect((await httpTransport({ token: () => token, refresh })(entry)).status).toBe(201);
  });

  it('keeps a 403 that a fresh session does not change (a real refusal)', async () => {
    const refresh = vi.fn(async () => undefined);
    mock.onPost('/field/records').reply(403, forbidden);
    const answer = await httpTransport({ token: () => token, refresh })(entry);
    expect(answer.status).toBe(403);
    expect(mock.history.post).toHaveLength(1);
  });
});
