import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiErrorFromBody, isApiError } from './api-error';
import { configureClient, get, getBytes, http, post } from './client';
import { createStaff, listStaff } from '@/modules/staff/api';

let mock: MockAdapter;
const onError = vi.fn();
const onUnauthenticated = vi.fn();

beforeEach(() => {
  mock = new MockAdapter(http);
  onError.mockReset();
  onUnauthenticated.mockReset();
  configureClient({ getCsrfToken: () => 'csrf-123', onError, onUnauthenticated });
});

afterEach(() => mock.restore());

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw new Error(`not an ApiError: ${String(error)}`);
  }
  throw new Error('expected a rejection');
}

describe('apiErrorFromBody', () => {
  it('reads code, message and violations from the error body', () => {
    const error = apiErrorFromBody(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'bad input',
        violations: [
          { field: 'phone', reason: 'invalid_phone' },
          { field: 'roles[1]', reason: 'invalid_value' },
        ],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('bad input');
    expect(error.violations).toEqual([
      { field: 'phone', reason: 'invalid_phone' },
      { field: 'roles[1]', reason: 'invalid_value' },
    ]);
  });

  it('falls back to a code derived from the status for bodies that are not error bodies', () => {
    expect(apiErrorFromBody(409, 'conflict').code).toBe('ABORTED');
    expect(apiErrorFromBody(400, null).code).toBe('INVALID_ARGUMENT');
    expect(apiErrorFromBody(502, '<html>').code).toBe('INTERNAL');
    expect(apiErrorFromBody(404, { error: { code: 'SOMETHING_NEW', message: 'x' } }).code).toBe('NOT_FOUND');
  });

  it('drops malformed violations', () => {
    const error = apiErrorFromBody(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: '',
        violations: [{ field: 'a' }, 'x', { field: 'b', reason: 'required' }],
      },
    });
    expect(error.violations).toEqual([{ field: 'b', reason: 'required' }]);
  });
});

describe('http client', () => {
  it('turns a non-2xx response into an ApiError and shows it once', async () => {
    mock.onPost('/staff').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid',
        violations: [{ field: 'phone', reason: 'invalid_phone' }],
      },
    });
    const error = await rejection(
      createStaff({ name: 'A', phone: '1', hireDate: '2026-01-01', experienceStart: '2026-01-01', grade: 'intern' }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.violations).toEqual([{ field: 'phone', reason: 'invalid_phone' }]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(error);
  });

  it('does not show the error when the call is silent', async () => {
    mock.onPost('/staff').reply(409, { error: { code: 'ABORTED', message: 'stale', violations: [] } });
    const error = await rejection(post('/staff', {}, { silent: true }));
    expect(error.code).toBe('ABORTED');
    expect(onError).not.toHaveBeenCalled();
  });

  it('sends 401 to the session handler instead of the error toast', async () => {
    mock.onGet('/staff').reply(401, { error: { code: 'UNAUTHENTICATED', message: 'no session', violations: [] } });
    const error = await rejection(listStaff({}));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('maps network failures to NETWORK_ERROR', async () => {
    mock.onGet('/dealers').networkError();
    const error = await rejection(get('/dealers'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('sends the CSRF token on writes only, and drops empty query parameters', async () => {
    mock.onGet('/staff').reply((config) => {
      expect(config.headers?.['X-CSRF-Token']).toBeUndefined();
      expect(config.params).toEqual({ q: '张', page: 1 });
      return [200, { items: [], total: 0, page: 1, pageSize: 20 }];
    });
    mock.onPost('/training/topics').reply((config) => {
      expect(config.headers?.['X-CSRF-Token']).toBe('csrf-123');
      return [201, { id: 1, name: 'x', required: true }];
    });
    await listStaff({ q: '张', grade: undefined, page: 1 });
    await post('/training/topics', { name: 'x', required: true });
    expect(mock.history.get).toHaveLength(1);
    expect(mock.history.post).toHaveLength(1);
  });

  it('downloads a file as bytes, and reads the violations of a refused download like any error', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7').buffer;
    mock.onGet('/trip-logs/report.pdf').replyOnce((config) => {
      expect(config.responseType).toBe('arraybuffer');
      expect(config.params).toEqual({ from: '2026-11-01', to: '2026-11-30' });
      return [200, bytes];
    });
    const got = await getBytes('/trip-logs/report.pdf', { from: '2026-11-01', to: '2026-11-30', vehicleId: undefined });
    expect(new TextDecoder().decode(got)).toBe('%PDF-1.7');

    const body = {
      error: { code: 'INVALID_ARGUMENT', message: 'bad', violations: [{ field: 'to', reason: 'before_from' }] },
    };
    mock.onGet('/trip-logs/report.pdf').replyOnce(400, new TextEncoder().encode(JSON.stringify(body)).buffer);
    const error = await rejection(getBytes('/trip-logs/report.pdf', { from: '2026-11-30', to: '2026-11-01' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.violations).toEqual([{ field: 'to', reason: 'before_from' }]);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
