import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, http } from '@/api/client';
import { usePagedList, type Page } from './use-paged-list';

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(http);
});

afterEach(() => mock.restore());

interface Row {
  id: number;
}

const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: from + i }));

/** A fetcher going through the real HTTP client, as the pages' fetchers do. */
const fetchRows = (page: number, pageSize: number): Promise<Page<Row>> =>
  get<Page<Row>>('/rows', { page, pageSize }, { silent: true });

describe('usePagedList', () => {
  it('goes loading → ready, and tells empty apart', async () => {
    mock.onGet('/rows').replyOnce(200, { items: rows(1, 2), total: 2, page: 1, pageSize: 20 });
    const list = usePagedList(fetchRows);
    expect(list.state.value).toBe('loading');
    const loading = list.reload();
    expect(list.loading.value).toBe(true);
    await loading;
    expect(list.state.value).toBe('ready');
    expect(list.items.value).toHaveLength(2);

    mock.onGet('/rows').replyOnce(200, { items: [], total: 0, page: 1, pageSize: 20 });
    await list.search();
    expect(list.state.value).toBe('empty');
  });

  it('a failed load is the error state with the ApiError, never "empty"', async () => {
    mock.onGet('/rows').networkError();
    const list = usePagedList(fetchRows);
    await list.reload();
    expect(list.state.value).toBe('error');
    expect(list.error.value?.code).toBe('NETWORK_ERROR');
    expect(list.loading.value).toBe(false);

    mock.reset();
    mock.onGet('/rows').reply(500, { error: { code: 'INTERNAL', message: 'x', violations: [] } });
    await list.reload();
    expect(list.error.value?.code).toBe('INTERNAL');

    // Retry works: the error goes away and the rows come.
    mock.reset();
    mock.onGet('/rows').reply(200, { items: rows(1, 1), total: 1, page: 1, pageSize: 20 });
    await list.reload();
    expect(list.state.value).toBe('ready');
    expect(list.error.value).toBeNull();
  });

  it('keeps the rows of an earlier load while reloading, and a slow older answer never wins', async () => {
    mock.onGet('/rows').replyOnce(200, { items: rows(1, 1), total: 1, page: 1, pageSize: 20 });
    const list = usePagedList(fetchRows);
    await list.reload();
    let release: () => void = () => undefined;
    mock.onGet('/rows').replyOnce(
      () =>
        new Promise((resolve) => {
          release = () => resolve([200, { items: rows(100, 1), total: 1, page: 1, pageSize: 20 }]);
        }),
    );
    mock.onGet('/rows').replyOnce(200, { items: rows(200, 1), total: 1, page: 1, pageSize: 20 });
    const slow = list.reload();
    expect(list.state.value).toBe('ready');
    expect(list.items.value[0]?.id).toBe(1);
    await list.reload();
    release();
    await slow;
    expect(list.items.value[0]?.id).toBe(200);
  });

  it('goes to the last page when the page asked for is past the end', async () => {
    mock
      .onGet('/rows', { params: { page: 9, pageSize: 20 } })
      .reply(200, { items: [], total: 45, page: 9, pageSize: 20 });
    mock.onGet('/rows', { params: { page: 3, pageSize: 20 } }).reply(200, {
      items: rows(41, 5),
      total: 45,
      page: 3,
      pageSize: 20,
    });
    const list = usePagedList(fetchRows);
    list.page.value = 9;
    await list.reload();
    expect(list.page.value).toBe(3);
    expect(list.items.value).toHaveLength(5);
  });

  it('fetchAll reads every page at the largest size, up to the limit', async () => {
    mock.onGet('/rows').reply((config) => {
      const page = Number(config.params.page);
      expect(config.params.pageSize).toBe(200);
      const start = (page - 1) * 200;
      return [200, { items: rows(start, Math.max(0, Math.min(200, 450 - start))), total: 450, page, pageSize: 200 }];
    });
    const list = usePagedList(fetchRows);
    const all = await list.fetchAll(5000);
    expect(all.items).toHaveLength(450);
    expect(all.total).toBe(450);
    expect(mock.history.get).toHaveLength(3);

    mock.resetHistory();
    const capped = await list.fetchAll(250);
    expect(capped.items).toHaveLength(250);
    expect(capped.total).toBe(450);
    expect(mock.history.get).toHaveLength(2);
  });
});
